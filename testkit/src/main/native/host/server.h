// The host's IHttpServer. Every call is written to the report as a "server-call" line. What a
// simulator can answer truthfully it answers (the app pool name, IsCommandLineLaunch, health
// reports and recycle requests, which are only recorded); the rest returns E_NOTIMPL, NULL or
// FALSE and sets out-parameters to NULL.
#ifndef JIIS_HOST_SERVER_H
#define JIIS_HOST_SERVER_H

#include <string>

#include "iis_api.h"

namespace jiis_host {

class JsonObject;

class HostServer final : public IHttpServer {
 public:
  HostServer(const std::string& appPoolName, bool commandLineLaunch);

  BOOL IsCommandLineLaunch(VOID) const override;
  PCWSTR GetAppPoolName(VOID) const override;
  HRESULT AssociateWithThreadPool(HANDLE hHandle,
                                  LPOVERLAPPED_COMPLETION_ROUTINE completionRoutine) override;
  VOID IncrementThreadCount(VOID) override;
  VOID DecrementThreadCount(VOID) override;
  VOID ReportUnhealthy(PCWSTR pszReasonString, HRESULT hrReason) override;
  VOID RecycleProcess(PCWSTR pszReason) override;
  IAppHostAdminManager* GetAdminManager(VOID) const override;
  HRESULT GetFileInfo(PCWSTR pszPhysicalPath, HANDLE hUserToken, PSID pSid,
                      PCWSTR pszChangeNotificationPath, HANDLE hChangeNotificationToken,
                      BOOL fCache, IHttpFileInfo** ppFileInfo,
                      IHttpTraceContext* pHttpTraceContext) override;
  HRESULT FlushKernelCache(PCWSTR pszUrl) override;
  HRESULT DoCacheOperation(CACHE_OPERATION cacheOperation, IHttpCacheKey* pCacheKey,
                           IHttpCacheSpecificData** ppCacheSpecificData,
                           IHttpTraceContext* pHttpTraceContext) override;
  GLOBAL_NOTIFICATION_STATUS NotifyCustomNotification(
      ICustomNotificationProvider* pCustomOutput) override;
  IHttpPerfCounterInfo* GetPerfCounterInfo(VOID) override;
  VOID RecycleApplication(PCWSTR pszAppConfigPath) override;
  VOID NotifyConfigurationChange(PCWSTR pszPath) override;
  VOID NotifyFileChange(PCWSTR pszFileName) override;
  IDispensedHttpModuleContextContainer* DispenseContainer(VOID) override;
  HRESULT AddFragmentToCache(HTTP_DATA_CHUNK* pDataChunk, PCWSTR pszFragmentName) override;
  HRESULT ReadFragmentFromCache(PCWSTR pszFragmentName, BYTE* pvBuffer, DWORD cbSize,
                                DWORD* pcbCopied) override;
  HRESULT RemoveFragmentFromCache(PCWSTR pszFragmentName) override;
  HRESULT GetWorkerProcessSettings(IWpfSettings** ppWorkerProcessSettings) override;
  HRESULT GetProtocolManagerCustomInterface(PCWSTR pProtocolManagerDll,
                                            PCWSTR pProtocolManagerDllInitFunction,
                                            DWORD dwCustomInterfaceId,
                                            PVOID* ppCustomInterface) override;
  BOOL SatisfiesPrecondition(PCWSTR pszPrecondition, BOOL* pfUnknownPrecondition) const override;
  IHttpTraceContext* GetTraceContext(VOID) const override;
  HRESULT RegisterFileChangeMonitor(PCWSTR pszPath, HANDLE hToken,
                                    IHttpFileMonitor** ppFileMonitor) override;
  HRESULT GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION version,
                               PVOID* ppInterface) override;

 private:
  std::wstring appPoolName_;
  bool commandLineLaunch_;
};

}  // namespace jiis_host

#endif
