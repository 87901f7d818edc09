// What the providers of one scenario step hand out, built once per step (like a cache entry):
// wide strings, the IHttpApplication, the file monitor and the HTTP_TRACE_EVENT. Lives until the
// process ends, so a module that keeps a pointer after its callback never reads freed memory.
#ifndef JIIS_HOST_NOTIFICATION_DATA_H
#define JIIS_HOST_NOTIFICATION_DATA_H

#include <atomic>
#include <string>
#include <vector>

#include "iis_api.h"
#include "scenario.h"

namespace jiis_host {

class HostApplication final : public IHttpApplication {
 public:
  explicit HostApplication(const ApplicationSpec& spec);
  PCWSTR GetApplicationPhysicalPath(VOID) const override { return physicalPath_.c_str(); }
  PCWSTR GetApplicationId(VOID) const override { return applicationId_.c_str(); }
  PCWSTR GetAppConfigPath(VOID) const override { return configPath_.c_str(); }
  IHttpModuleContextContainer* GetModuleContextContainer(VOID) override { return nullptr; }

 private:
  std::wstring physicalPath_;
  std::wstring applicationId_;
  std::wstring configPath_;
};

// IGlobalFileChangeProvider::GetFileMonitor's monitor; counts DereferenceFileMonitor calls.
class HostFileMonitor final : public IHttpFileMonitor {
 public:
  IHttpModuleContextContainer* GetModuleContextContainer(VOID) override { return nullptr; }
  VOID DereferenceFileMonitor(VOID) override { dereferences_++; }
  long long dereferences() const { return dereferences_; }

 private:
  std::atomic<long long> dereferences_{0};
};

struct NotificationData {
  explicit NotificationData(const Step& step);
  NotificationData(const NotificationData&) = delete;
  NotificationData& operator=(const NotificationData&) = delete;

  const Step& step;
  std::wstring changePath;
  std::wstring fileName;
  std::wstring functionName;
  std::wstring functionParameters;
  std::wstring notificationType;
  HostApplication application;
  HostFileMonitor fileMonitor;
  // The trace event's pointed-to parts: GUIDs, names, item data.
  GUID providerGuid, areaGuid, activityGuid, relatedActivityGuid;
  std::wstring eventName;
  std::vector<std::wstring> itemNames;
  std::vector<std::wstring> itemDescriptions;
  std::vector<std::vector<unsigned char>> itemData;
  std::vector<HTTP_TRACE_EVENT_ITEM> items;
  HTTP_TRACE_EVENT traceEvent;
};

}  // namespace jiis_host

#endif
