/* The IIS objects the benchmark hands a module: just enough of IHttpModuleRegistrationInfo and
 * IHttpServer for RegisterModule, and a token-cache ICacheProvider with its key and entry. They
 * follow the testkit's test-double headers, as the host simulator's objects do. */
#ifndef JIIS_BENCH_IIS_DOUBLES_H
#define JIIS_BENCH_IIS_DOUBLES_H

#define _WINSOCKAPI_
#include <windows.h>
#include <sal.h>
#include <httpserv.h>
#include <httpcach.h>

/* Records the CGlobalModule and notification mask the module registers. */
class BenchRegistration final : public IHttpModuleRegistrationInfo {
 public:
  explicit BenchRegistration(PCWSTR name) : name_(name) {}

  PCWSTR GetName(VOID) const override { return name_; }
  HTTP_MODULE_ID GetId(VOID) const override { return const_cast<BenchRegistration*>(this); }
  HRESULT SetRequestNotifications(IHttpModuleFactory*, DWORD, DWORD) override { return E_NOTIMPL; }
  HRESULT SetGlobalNotifications(CGlobalModule* module, DWORD notifications) override;
  HRESULT SetPriorityForRequestNotification(DWORD, PCWSTR) override { return E_NOTIMPL; }
  HRESULT SetPriorityForGlobalNotification(DWORD, PCWSTR) override { return S_OK; }

  CGlobalModule* module() const { return module_; }
  DWORD notifications() const { return notifications_; }

 private:
  PCWSTR name_;
  CGlobalModule* module_ = NULL;
  DWORD notifications_ = 0;
};

/* An IHttpServer that offers nothing: every query answers NULL, FALSE or E_NOTIMPL. */
class BenchServer final : public IHttpServer {
 public:
  BOOL IsCommandLineLaunch(VOID) const override { return TRUE; }
  PCWSTR GetAppPoolName(VOID) const override { return L"BenchAppPool"; }
  HRESULT AssociateWithThreadPool(HANDLE, LPOVERLAPPED_COMPLETION_ROUTINE) override { return E_NOTIMPL; }
  VOID IncrementThreadCount(VOID) override {}
  VOID DecrementThreadCount(VOID) override {}
  VOID ReportUnhealthy(PCWSTR, HRESULT) override {}
  VOID RecycleProcess(PCWSTR) override {}
  IAppHostAdminManager* GetAdminManager(VOID) const override { return NULL; }
  HRESULT GetFileInfo(PCWSTR, HANDLE, PSID, PCWSTR, HANDLE, BOOL, IHttpFileInfo** info,
                      IHttpTraceContext*) override;
  HRESULT FlushKernelCache(PCWSTR) override { return E_NOTIMPL; }
  HRESULT DoCacheOperation(CACHE_OPERATION, IHttpCacheKey*, IHttpCacheSpecificData** data,
                           IHttpTraceContext*) override;
  GLOBAL_NOTIFICATION_STATUS NotifyCustomNotification(ICustomNotificationProvider*) override {
    return GL_NOTIFICATION_CONTINUE;
  }
  IHttpPerfCounterInfo* GetPerfCounterInfo(VOID) override { return NULL; }
  VOID RecycleApplication(PCWSTR) override {}
  VOID NotifyConfigurationChange(PCWSTR) override {}
  VOID NotifyFileChange(PCWSTR) override {}
  IDispensedHttpModuleContextContainer* DispenseContainer(VOID) override { return NULL; }
  HRESULT AddFragmentToCache(HTTP_DATA_CHUNK*, PCWSTR) override { return E_NOTIMPL; }
  HRESULT ReadFragmentFromCache(PCWSTR, BYTE*, DWORD, DWORD* copied) override;
  HRESULT RemoveFragmentFromCache(PCWSTR) override { return E_NOTIMPL; }
  HRESULT GetWorkerProcessSettings(IWpfSettings** settings) override;
  HRESULT GetProtocolManagerCustomInterface(PCWSTR, PCWSTR, DWORD, PVOID* custom) override;
  BOOL SatisfiesPrecondition(PCWSTR, BOOL* unknown) const override;
  IHttpTraceContext* GetTraceContext(VOID) const override { return NULL; }
  HRESULT RegisterFileChangeMonitor(PCWSTR, HANDLE, IHttpFileMonitor** monitor) override;
  HRESULT GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION, PVOID* extended) override;
};

class BenchTokenKey final : public IHttpTokenKey {
 public:
  DWORD GetHash(VOID) const override { return 0x5EED; }
  bool GetIsEqual(IHttpCacheKey* other) const override { return other == this; }
  bool GetIsPrefix(IHttpCacheKey*) const override { return false; }
  VOID Enum(IHttpCacheSpecificData*) override {}
  PCWSTR GetUserName(VOID) const override { return L"CONTOSO\\alice"; }
  PCWSTR GetPasswordHash(VOID) const override { return L""; }
  DWORD GetLogonMethod(VOID) const override { return 3; }
};

/* The SID BenchTokenEntry hands out, as text; the (e) handler must read exactly this. */
#define BENCH_SID_TEXT "S-1-5-21-1000-2000-3000-1001"

/* A token-cache entry with both tokens and BENCH_SID_TEXT. Its reference count is atomic, as
 * the entry is shared by every benchmark thread like one IIS cache entry by many requests. */
class BenchTokenEntry final : public IHttpTokenEntry {
 public:
  explicit BenchTokenEntry(IHttpCacheKey* key);

  IHttpCacheKey* GetCacheKey(VOID) const override { return key_; }
  VOID ReferenceCacheData(VOID) override;
  VOID DereferenceCacheData(VOID) override;
  VOID ResetTTL(VOID) override {}
  VOID DecrementTTL(BOOL* expired) override;
  VOID SetFlushed(VOID) override {}
  BOOL GetFlushed(VOID) const override { return FALSE; }
  HANDLE GetImpersonationToken(VOID) override { return &tokens_[0]; }
  HANDLE GetPrimaryToken(VOID) override { return &tokens_[1]; }
  PSID GetSid(VOID) override { return sid_; }

  long references() const;

 private:
  IHttpCacheKey* key_;
  long references_ = 0;
  BYTE sid_[8 + 4 * 5];
  char tokens_[2]; /* their addresses are the token handles */
};

/* One OnGlobalCacheOperation's provider: ADD of the token entry. Lives on the calling thread. */
class BenchCacheProvider final : public ICacheProvider {
 public:
  BenchCacheProvider(IHttpCacheKey* key, IHttpCacheSpecificData* record) : key_(key), record_(record) {}

  VOID SetErrorStatus(HRESULT) override {}
  CACHE_OPERATION GetCacheOperation(VOID) const override { return CACHE_OPERATION_ADD; }
  IHttpCacheKey* GetCacheKey(VOID) const override { return key_; }
  IHttpCacheSpecificData* GetCacheRecord(VOID) const override { return record_; }
  VOID SetCacheRecord(IHttpCacheSpecificData* record) override { record_ = record; }
  IHttpTraceContext* GetTraceContext(VOID) const override { return NULL; }

 private:
  IHttpCacheKey* key_;
  IHttpCacheSpecificData* record_;
};

#endif
