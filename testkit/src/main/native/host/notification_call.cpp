#include "notification_call.h"

#include "notification_providers.h"
#include "registration.h"

namespace jiis_host {

GLOBAL_NOTIFICATION_STATUS callNotification(HostModule* module, NotificationData& data,
                                            ProviderCalls* calls,
                                            IGlobalSuspendProcessCallback** suspendCallback) {
  CGlobalModule* target = module->globalModule;
  switch (data.step.kind) {
    case StepKind::kStopListening: {
      HostStopListeningProvider provider(data, calls);
      return target->OnGlobalStopListening(&provider);
    }
    case StepKind::kHealthCheck:
      return target->OnGlobalHealthCheck();
    case StepKind::kConfigurationChange: {
      HostConfigurationChangeProvider provider(data, calls);
      return target->OnGlobalConfigurationChange(&provider);
    }
    case StepKind::kFileChange: {
      HostFileChangeProvider provider(data, calls);
      return target->OnGlobalFileChange(&provider);
    }
    case StepKind::kPreBeginRequest: {
      HostPreBeginRequestProvider provider(calls);
      return target->OnGlobalPreBeginRequest(&provider);
    }
    case StepKind::kApplicationStart: {
      HostApplicationProvider provider(data, calls);
      return target->OnGlobalApplicationStart(&provider);
    }
    case StepKind::kApplicationResolveModules: {
      HostResolveModulesProvider provider(data, calls);
      return target->OnGlobalApplicationResolveModules(&provider);
    }
    case StepKind::kApplicationStop: {
      HostApplicationProvider provider(data, calls);
      return target->OnGlobalApplicationStop(&provider);
    }
    case StepKind::kRscaQuery: {
      HostRscaQueryProvider provider(data, calls);
      return target->OnGlobalRSCAQuery(&provider);
    }
    case StepKind::kTraceEvent: {
      HostTraceEventProvider provider(data, module->registration->GetId(), calls);
      return target->OnGlobalTraceEvent(&provider);
    }
    case StepKind::kCustomNotification: {
      HostCustomNotificationProvider provider(data, calls);
      return target->OnGlobalCustomNotification(&provider);
    }
    case StepKind::kThreadCleanup: {
      HostThreadCleanupProvider provider(data, calls);
      return target->OnGlobalThreadCleanup(&provider);
    }
    case StepKind::kApplicationPreload: {
      HostApplicationPreloadProvider provider(calls);
      return target->OnGlobalApplicationPreload(&provider);
    }
    case StepKind::kSuspendProcess:
      return target->OnSuspendProcess(suspendCallback);
    case StepKind::kCacheOperation:
    case StepKind::kCacheCleanup:
    case StepKind::kResume:
      break;  // delivered elsewhere
  }
  return GL_NOTIFICATION_CONTINUE;
}

}  // namespace jiis_host
