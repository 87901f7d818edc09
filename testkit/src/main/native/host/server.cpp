#include "server.h"

#include "json_line.h"
#include "names.h"
#include "report.h"
#include "text.h"
#include "thread_context.h"

namespace jiis_host {

namespace {

// returned: what the call returned, as the report shows it; nullptr for VOID methods.
void writeCall(const char* method, const JsonObject& arguments, const char* returned) {
  JsonLine line("server-call");
  addThreadFields(&line);
  line.text("method", method).json("arguments", arguments.str()).textOrNull("returned", returned);
  writeReportLine(line);
}

void writeCall(const char* method, const JsonObject& arguments, HRESULT returned) {
  writeCall(method, arguments, hex32(returned).c_str());
}

std::string text(PCWSTR value) { return utf8FromWide(value); }

// A nullable wide-string argument.
JsonObject& wideArgument(JsonObject& arguments, const char* name, PCWSTR value) {
  const std::string utf8 = text(value);
  return arguments.textOrNull(name, value == nullptr ? nullptr : utf8.c_str());
}

template <typename T>
void clear(T** out) {
  if (out != nullptr) *out = nullptr;
}

}  // namespace

HostServer::HostServer(const std::string& appPoolName, bool commandLineLaunch)
    : appPoolName_(wideFromUtf8(appPoolName)), commandLineLaunch_(commandLineLaunch) {}

BOOL HostServer::IsCommandLineLaunch(VOID) const {
  writeCall("IsCommandLineLaunch", JsonObject(), commandLineLaunch_ ? "TRUE" : "FALSE");
  return commandLineLaunch_ ? TRUE : FALSE;
}

PCWSTR HostServer::GetAppPoolName(VOID) const {
  writeCall("GetAppPoolName", JsonObject(), text(appPoolName_.c_str()).c_str());
  return appPoolName_.c_str();
}

HRESULT HostServer::AssociateWithThreadPool(HANDLE hHandle,
                                            LPOVERLAPPED_COMPLETION_ROUTINE completionRoutine) {
  writeCall("AssociateWithThreadPool",
            JsonObject()
                .flag("handle", hHandle != nullptr)
                .flag("completionRoutine", completionRoutine != nullptr),
            E_NOTIMPL);
  return E_NOTIMPL;
}

VOID HostServer::IncrementThreadCount(VOID) {
  writeCall("IncrementThreadCount", JsonObject(), nullptr);
}

VOID HostServer::DecrementThreadCount(VOID) {
  writeCall("DecrementThreadCount", JsonObject(), nullptr);
}

VOID HostServer::ReportUnhealthy(PCWSTR pszReasonString, HRESULT hrReason) {
  JsonObject arguments;
  wideArgument(arguments, "reason", pszReasonString).text("hr", hex32(hrReason));
  writeCall("ReportUnhealthy", arguments, nullptr);
}

VOID HostServer::RecycleProcess(PCWSTR pszReason) {
  JsonObject arguments;
  writeCall("RecycleProcess", wideArgument(arguments, "reason", pszReason), nullptr);
}

IAppHostAdminManager* HostServer::GetAdminManager(VOID) const {
  writeCall("GetAdminManager", JsonObject(), "NULL");
  return nullptr;
}

HRESULT HostServer::GetFileInfo(PCWSTR pszPhysicalPath, HANDLE hUserToken, PSID pSid,
                                PCWSTR pszChangeNotificationPath, HANDLE hChangeNotificationToken,
                                BOOL fCache, IHttpFileInfo** ppFileInfo,
                                IHttpTraceContext* pHttpTraceContext) {
  (void)hUserToken;
  (void)pSid;
  (void)hChangeNotificationToken;
  (void)pHttpTraceContext;
  clear(ppFileInfo);
  JsonObject arguments;
  wideArgument(arguments, "path", pszPhysicalPath);
  wideArgument(arguments, "changeNotificationPath", pszChangeNotificationPath)
      .flag("cache", fCache != FALSE);
  writeCall("GetFileInfo", arguments, E_NOTIMPL);
  return E_NOTIMPL;
}

// There is no HTTP.sys kernel cache here, so there is nothing to flush: the call succeeds.
HRESULT HostServer::FlushKernelCache(PCWSTR pszUrl) {
  JsonObject arguments;
  writeCall("FlushKernelCache", wideArgument(arguments, "url", pszUrl), S_OK);
  return S_OK;
}

HRESULT HostServer::DoCacheOperation(CACHE_OPERATION cacheOperation, IHttpCacheKey* pCacheKey,
                                     IHttpCacheSpecificData** ppCacheSpecificData,
                                     IHttpTraceContext* pHttpTraceContext) {
  (void)pHttpTraceContext;
  clear(ppCacheSpecificData);
  JsonObject arguments;
  arguments.textOrNull("operation", cacheOperationConstant(cacheOperation))
      .flag("key", pCacheKey != nullptr);
  writeCall("DoCacheOperation", arguments, E_NOTIMPL);
  return E_NOTIMPL;
}

// Custom notifications are not delivered to modules by the host (yet).
GLOBAL_NOTIFICATION_STATUS HostServer::NotifyCustomNotification(
    ICustomNotificationProvider* pCustomOutput) {
  writeCall("NotifyCustomNotification", JsonObject().flag("provider", pCustomOutput != nullptr),
            notificationStatusName(GL_NOTIFICATION_CONTINUE));
  return GL_NOTIFICATION_CONTINUE;
}

IHttpPerfCounterInfo* HostServer::GetPerfCounterInfo(VOID) {
  writeCall("GetPerfCounterInfo", JsonObject(), "NULL");
  return nullptr;
}

VOID HostServer::RecycleApplication(PCWSTR pszAppConfigPath) {
  JsonObject arguments;
  writeCall("RecycleApplication", wideArgument(arguments, "appConfigPath", pszAppConfigPath),
            nullptr);
}

VOID HostServer::NotifyConfigurationChange(PCWSTR pszPath) {
  JsonObject arguments;
  writeCall("NotifyConfigurationChange", wideArgument(arguments, "path", pszPath), nullptr);
}

VOID HostServer::NotifyFileChange(PCWSTR pszFileName) {
  JsonObject arguments;
  writeCall("NotifyFileChange", wideArgument(arguments, "fileName", pszFileName), nullptr);
}

IDispensedHttpModuleContextContainer* HostServer::DispenseContainer(VOID) {
  writeCall("DispenseContainer", JsonObject(), "NULL");
  return nullptr;
}

HRESULT HostServer::AddFragmentToCache(HTTP_DATA_CHUNK* pDataChunk, PCWSTR pszFragmentName) {
  JsonObject arguments;
  wideArgument(arguments, "fragmentName", pszFragmentName).flag("dataChunk", pDataChunk != nullptr);
  writeCall("AddFragmentToCache", arguments, E_NOTIMPL);
  return E_NOTIMPL;
}

HRESULT HostServer::ReadFragmentFromCache(PCWSTR pszFragmentName, BYTE* pvBuffer, DWORD cbSize,
                                          DWORD* pcbCopied) {
  (void)pvBuffer;
  if (pcbCopied != nullptr) *pcbCopied = 0;
  JsonObject arguments;
  wideArgument(arguments, "fragmentName", pszFragmentName).number("size", cbSize);
  writeCall("ReadFragmentFromCache", arguments, E_NOTIMPL);
  return E_NOTIMPL;
}

HRESULT HostServer::RemoveFragmentFromCache(PCWSTR pszFragmentName) {
  JsonObject arguments;
  writeCall("RemoveFragmentFromCache", wideArgument(arguments, "fragmentName", pszFragmentName),
            E_NOTIMPL);
  return E_NOTIMPL;
}

HRESULT HostServer::GetWorkerProcessSettings(IWpfSettings** ppWorkerProcessSettings) {
  clear(ppWorkerProcessSettings);
  writeCall("GetWorkerProcessSettings", JsonObject(), E_NOTIMPL);
  return E_NOTIMPL;
}

HRESULT HostServer::GetProtocolManagerCustomInterface(PCWSTR pProtocolManagerDll,
                                                      PCWSTR pProtocolManagerDllInitFunction,
                                                      DWORD dwCustomInterfaceId,
                                                      PVOID* ppCustomInterface) {
  clear(ppCustomInterface);
  JsonObject arguments;
  wideArgument(arguments, "protocolManagerDll", pProtocolManagerDll);
  wideArgument(arguments, "initFunction", pProtocolManagerDllInitFunction)
      .number("customInterfaceId", dwCustomInterfaceId);
  writeCall("GetProtocolManagerCustomInterface", arguments, E_NOTIMPL);
  return E_NOTIMPL;
}

// The host knows no preconditions: each is unknown and not satisfied.
BOOL HostServer::SatisfiesPrecondition(PCWSTR pszPrecondition, BOOL* pfUnknownPrecondition) const {
  if (pfUnknownPrecondition != nullptr) *pfUnknownPrecondition = TRUE;
  JsonObject arguments;
  writeCall("SatisfiesPrecondition", wideArgument(arguments, "precondition", pszPrecondition),
            "FALSE");
  return FALSE;
}

IHttpTraceContext* HostServer::GetTraceContext(VOID) const {
  writeCall("GetTraceContext", JsonObject(), "NULL");
  return nullptr;
}

HRESULT HostServer::RegisterFileChangeMonitor(PCWSTR pszPath, HANDLE hToken,
                                              IHttpFileMonitor** ppFileMonitor) {
  (void)hToken;
  clear(ppFileMonitor);
  JsonObject arguments;
  writeCall("RegisterFileChangeMonitor", wideArgument(arguments, "path", pszPath), E_NOTIMPL);
  return E_NOTIMPL;
}

HRESULT HostServer::GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION version,
                                         PVOID* ppInterface) {
  clear(ppInterface);
  writeCall("GetExtendedInterface", JsonObject().number("version", version), E_NOTIMPL);
  return E_NOTIMPL;
}

}  // namespace jiis_host
