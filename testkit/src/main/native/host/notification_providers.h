// The providers of the notifications other than the cache ones (reference section 9), one per
// event call, on the delivering thread's stack. Every call a module makes on them is recorded.
#ifndef JIIS_HOST_NOTIFICATION_PROVIDERS_H
#define JIIS_HOST_NOTIFICATION_PROVIDERS_H

#include <vector>

#include "notification_data.h"
#include "provider_calls.h"

namespace jiis_host {

class HostStopListeningProvider final : public RecordingProvider<IGlobalStopListeningProvider> {
 public:
  HostStopListeningProvider(const NotificationData& data, ProviderCalls* calls)
      : RecordingProvider(calls), data_(data) {}
  BOOL DrainRequestsGracefully(VOID) const override {
    return data_.step.notification.drainGracefully ? TRUE : FALSE;
  }

 private:
  const NotificationData& data_;
};

class HostConfigurationChangeProvider final
    : public RecordingProvider<IGlobalConfigurationChangeProvider> {
 public:
  HostConfigurationChangeProvider(const NotificationData& data, ProviderCalls* calls)
      : RecordingProvider(calls), data_(data) {}
  PCWSTR GetChangePath(VOID) const override { return data_.changePath.c_str(); }

 private:
  const NotificationData& data_;
};

class HostFileChangeProvider final : public RecordingProvider<IGlobalFileChangeProvider> {
 public:
  HostFileChangeProvider(NotificationData& data, ProviderCalls* calls)
      : RecordingProvider(calls), data_(data) {}
  PCWSTR GetFileName(VOID) const override { return data_.fileName.c_str(); }
  IHttpFileMonitor* GetFileMonitor(VOID) override;

 private:
  NotificationData& data_;
};

// IIS's request pipeline is not simulated: GetHttpContext answers NULL.
class HostPreBeginRequestProvider final : public RecordingProvider<IPreBeginRequestProvider> {
 public:
  explicit HostPreBeginRequestProvider(ProviderCalls* calls) : RecordingProvider(calls) {}
  IHttpContext* GetHttpContext(VOID) override;
};

// GL_APPLICATION_START and GL_APPLICATION_STOP (IHttpApplicationStartProvider and
// IHttpApplicationStopProvider are typedefs of IHttpApplicationProvider).
class HostApplicationProvider final : public RecordingProvider<IHttpApplicationProvider> {
 public:
  HostApplicationProvider(NotificationData& data, ProviderCalls* calls)
      : RecordingProvider(calls), data_(data) {}
  IHttpApplication* GetApplication(VOID) override;

 private:
  NotificationData& data_;
};

class HostResolveModulesProvider final
    : public RecordingProvider<IHttpApplicationResolveModulesProvider> {
 public:
  HostResolveModulesProvider(NotificationData& data, ProviderCalls* calls)
      : RecordingProvider(calls), data_(data) {}
  IHttpApplication* GetApplication(VOID) override;
  HRESULT RegisterModule(HTTP_MODULE_ID parentModuleId, IHttpModuleFactory* pModuleFactory,
                         PCWSTR pszModuleName, PCWSTR pszModuleType, PCWSTR pszModulePreCondition,
                         DWORD dwRequestNotifications, DWORD dwPostRequestNotifications) override;
  HRESULT SetPriorityForRequestNotification(PCWSTR pszModuleName, DWORD dwRequestNotification,
                                            PCWSTR pszPriorityAlias) override;

 private:
  NotificationData& data_;
};

// The output buffer is this call's: GetOutputBuffer and ResizeOutputBuffer hand out memory that
// lives until the callback returns.
class HostRscaQueryProvider final : public RecordingProvider<IGlobalRSCAQueryProvider> {
 public:
  HostRscaQueryProvider(const NotificationData& data, ProviderCalls* calls)
      : RecordingProvider(calls), data_(data) {}
  PCWSTR GetFunctionName(VOID) const override { return data_.functionName.c_str(); }
  PCWSTR GetFunctionParameters(VOID) const override { return data_.functionParameters.c_str(); }
  HRESULT GetOutputBuffer(DWORD cbBuffer, BYTE** ppbBuffer) override;
  HRESULT ResizeOutputBuffer(DWORD cbNewBuffer, DWORD cbBytesToCopy, BYTE** ppbBuffer) override;
  VOID SetResult(DWORD cbData, HRESULT hr) override;

 private:
  const NotificationData& data_;
  std::vector<BYTE> buffer_;
};

class HostTraceEventProvider final : public RecordingProvider<IGlobalTraceEventProvider> {
 public:
  HostTraceEventProvider(const NotificationData& data, HTTP_MODULE_ID moduleId,
                         ProviderCalls* calls)
      : RecordingProvider(calls), data_(data), moduleId_(moduleId), event_(data.traceEvent) {}
  HRESULT GetTraceEvent(HTTP_TRACE_EVENT** ppTraceEvent) override;
  BOOL CheckSubscription(HTTP_MODULE_ID ModuleId) override;
  HRESULT GetCurrentHttpRequestContext(IHttpContext** ppHttpContext) override;

 private:
  const NotificationData& data_;
  HTTP_MODULE_ID moduleId_;
  HTTP_TRACE_EVENT event_;  // this call's copy: a module may write to it
};

class HostCustomNotificationProvider final
    : public RecordingProvider<ICustomNotificationProvider> {
 public:
  HostCustomNotificationProvider(const NotificationData& data, ProviderCalls* calls)
      : RecordingProvider(calls), data_(data) {}
  PCWSTR QueryNotificationType(VOID) override { return data_.notificationType.c_str(); }

 private:
  const NotificationData& data_;
};

class HostThreadCleanupProvider final : public RecordingProvider<IGlobalThreadCleanupProvider> {
 public:
  HostThreadCleanupProvider(NotificationData& data, ProviderCalls* calls)
      : RecordingProvider(calls), data_(data) {}
  IHttpApplication* GetApplication(VOID) override;

 private:
  NotificationData& data_;
};

// No request pipeline: CreateContext and ExecuteRequest answer E_NOTIMPL.
class HostApplicationPreloadProvider final
    : public RecordingProvider<IGlobalApplicationPreloadProvider> {
 public:
  explicit HostApplicationPreloadProvider(ProviderCalls* calls) : RecordingProvider(calls) {}
  HRESULT CreateContext(IHttpContext** ppHttpContext) override;
  HRESULT ExecuteRequest(IHttpContext* pHttpContext, IHttpUser* pHttpUser) override;
};

}  // namespace jiis_host

#endif
