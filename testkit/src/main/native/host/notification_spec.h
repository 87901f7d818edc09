// What the scenario says about the providers of the notifications other than the cache ones
// (reference section 9): the values their getters return.
#ifndef JIIS_HOST_NOTIFICATION_SPEC_H
#define JIIS_HOST_NOTIFICATION_SPEC_H

#include <optional>
#include <string>
#include <vector>

#include "iis_api.h"

namespace jiis_host {

// An IHttpApplication (GL_APPLICATION_START/STOP/RESOLVE_MODULES, GL_THREAD_CLEANUP).
struct ApplicationSpec {
  bool present = true;  // false: GetApplication returns NULL
  std::string physicalPath = "C:\\inetpub\\wwwroot\\";
  std::string applicationId = "/LM/W3SVC/1/ROOT";
  std::string configPath = "MACHINE/WEBROOT/APPHOST/Default Web Site";
};

// One HTTP_TRACE_EVENT_ITEM: its type and the bytes pbData points to.
struct TraceItemSpec {
  std::string name;
  HTTP_TRACE_TYPE type = HTTP_TRACE_TYPE_ULONG;
  std::string value;               // as written, for the report
  std::vector<unsigned char> data;  // what pbData holds (cbData bytes)
  std::optional<std::string> description;
};

// The HTTP_TRACE_EVENT GetTraceEvent hands out (reference section 10).
struct TraceEventSpec {
  // The defaults are arbitrary values of the right shape, no real trace provider's.
  GUID providerGuid{0x6A11500D, 0x0001, 0x4000, {0x80, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01}};
  unsigned long area = 0x4;
  std::optional<GUID> areaGuid;
  unsigned long event = 1;
  std::string eventName = "jiis-sample-event";
  unsigned long eventVersion = 1;
  unsigned long verbosity = 4;
  std::optional<GUID> activityGuid =
      GUID{0x00000000, 0x0000, 0x0000, {0x80, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x01}};
  std::optional<GUID> relatedActivityGuid;
  unsigned long timeStamp = 0;
  unsigned long flags = 0;
  std::vector<TraceItemSpec> items;
  bool itemsGiven = false;  // false: the default items (README)
  bool subscribed = true;   // CheckSubscription's answer for the module's own id
  HRESULT getResult = S_OK;  // what GetTraceEvent returns (its event is NULL unless S_OK)
};

struct NotificationSpec {
  bool drainGracefully = true;                           // GL_STOP_LISTENING
  std::string changePath = "MACHINE/WEBROOT/APPHOST";    // GL_CONFIGURATION_CHANGE
  std::string fileName = "C:\\inetpub\\wwwroot\\web.config";  // GL_FILE_CHANGE
  bool fileMonitor = true;                               // GL_FILE_CHANGE: GetFileMonitor non-NULL
  ApplicationSpec application;
  std::string functionName = "jiis-sample-function";  // GL_RSCA_QUERY
  std::string functionParameters;
  unsigned long outputBufferLimit = 65536;  // GetOutputBuffer/ResizeOutputBuffer larger: E_OUTOFMEMORY
  TraceEventSpec trace;                      // GL_TRACE_EVENT
  std::string notificationType = "jiis-custom";  // GL_CUSTOM_NOTIFICATION
};

}  // namespace jiis_host

#endif
