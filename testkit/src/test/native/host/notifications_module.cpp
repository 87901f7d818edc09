// A hand-written IIS global module (no JVM) subscribing to the fourteen notifications that are
// not the cache ones, so that jiis-host's tests see the providers as a module sees them. Each
// method logs what its provider gave (at info level, "<event>: ...") and uses the provider's
// actions; OnGlobalHealthCheck and OnGlobalCustomNotification answer GL_NOTIFICATION_HANDLED, every
// other method CONTINUE. An RSCA query with the parameters "overflow" sets a result larger than
// its buffer; with "too-big" it asks for a 1 MB buffer and logs the answer.
#include <dlfcn.h>
#include <windows.h>
#include <httpserv.h>
#include <httptrace.h>

#include <cstdio>
#include <cstring>
#include <string>

namespace {

typedef void (*EventLogFunction)(const char*, int, const char*);

const int kInfo = 2;
HTTP_MODULE_ID g_moduleId = nullptr;

void log(const std::string& message) {
  static EventLogFunction eventLog =
      reinterpret_cast<EventLogFunction>(dlsym(RTLD_DEFAULT, "jiis_host_event_log"));
  if (eventLog != nullptr) eventLog("NotificationsModule", kInfo, message.c_str());
}

std::string narrow(PCWSTR text) {
  if (text == nullptr) return "NULL";
  std::string out;
  for (; *text != 0; text++) out.push_back(*text < 0x80 ? static_cast<char>(*text) : '?');
  return out;
}

std::string hex(unsigned long value) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08lX", value & 0xFFFFFFFFUL);
  return text;
}

std::string describe(IHttpApplication* application) {
  if (application == nullptr) return "NULL";
  return narrow(application->GetApplicationId()) + " " +
         narrow(application->GetApplicationPhysicalPath()) + " " +
         narrow(application->GetAppConfigPath());
}

class ResumeCallback final : public IGlobalSuspendProcessCallback {
 public:
  VOID SetErrorStatus(HRESULT) override {}
  HRESULT Resume(VOID) override {
    log("resume: called");
    return static_cast<HRESULT>(0x00000001);  // S_FALSE, so the report shows the module's answer
  }
};

ResumeCallback g_resumeCallback;

class NotificationsModule final : public CGlobalModule {
 public:
  GLOBAL_NOTIFICATION_STATUS OnGlobalStopListening(IGlobalStopListeningProvider* provider) override {
    log(std::string("stop-listening: drain=") +
        (provider->DrainRequestsGracefully() ? "TRUE" : "FALSE"));
    provider->SetErrorStatus(static_cast<HRESULT>(0x80070005));
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalHealthCheck(VOID) override {
    log("health-check");
    return GL_NOTIFICATION_HANDLED;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalConfigurationChange(
      IGlobalConfigurationChangeProvider* provider) override {
    log("configuration-change: " + narrow(provider->GetChangePath()));
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalFileChange(IGlobalFileChangeProvider* provider) override {
    IHttpFileMonitor* monitor = provider->GetFileMonitor();
    log("file-change: " + narrow(provider->GetFileName()) +
        (monitor != nullptr ? " monitor" : " no-monitor"));
    if (monitor != nullptr) monitor->DereferenceFileMonitor();
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider* provider) override {
    log(std::string("pre-begin-request: context=") +
        (provider->GetHttpContext() != nullptr ? "set" : "NULL"));
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationStart(
      IHttpApplicationStartProvider* provider) override {
    log("application-start: " + describe(provider->GetApplication()));
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationResolveModules(
      IHttpApplicationResolveModulesProvider* provider) override {
    log("application-resolve-modules: " + describe(provider->GetApplication()));
    provider->SetPriorityForRequestNotification(L"RequestModule", 0x00000004, L"HIGH");
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationStop(
      IHttpApplicationStopProvider* provider) override {
    log("application-stop: " + describe(provider->GetApplication()));
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalRSCAQuery(IGlobalRSCAQueryProvider* provider) override {
    const std::string parameters = narrow(provider->GetFunctionParameters());
    const std::string reply = "pong:" + parameters;
    log("rsca-query: " + narrow(provider->GetFunctionName()));
    BYTE* buffer = nullptr;
    if (parameters == "overflow") {
      provider->GetOutputBuffer(4, &buffer);
      provider->SetResult(10, S_OK);
      return GL_NOTIFICATION_CONTINUE;
    }
    if (parameters == "too-big") {
      const HRESULT hr = provider->GetOutputBuffer(1024 * 1024, &buffer);
      log("rsca-query: 1 MB buffer " + hex(static_cast<unsigned long>(hr)) +
          (buffer == nullptr ? " NULL" : " set"));
      return GL_NOTIFICATION_CONTINUE;
    }
    if (provider->GetOutputBuffer(2, &buffer) == S_OK &&
        provider->ResizeOutputBuffer(static_cast<DWORD>(reply.size()), 0, &buffer) == S_OK) {
      std::memcpy(buffer, reply.data(), reply.size());
      provider->SetResult(static_cast<DWORD>(reply.size()), S_OK);
    }
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalTraceEvent(IGlobalTraceEventProvider* provider) override {
    HTTP_TRACE_EVENT* event = nullptr;
    const HRESULT hr = provider->GetTraceEvent(&event);
    std::string message = "trace-event: hr=" + hex(static_cast<unsigned long>(hr));
    if (event != nullptr) {
      message += " name=" + narrow(event->pszEventName) + " items=" +
                 std::to_string(event->cEventItems) +
                 " activity=" + (event->pActivityGuid != nullptr ? "set" : "NULL");
      for (DWORD i = 0; i < event->cEventItems; i++) {
        message += " " + narrow(event->pEventItems[i].pszName) + ":" +
                   std::to_string(event->pEventItems[i].dwDataType) + ":" +
                   std::to_string(event->pEventItems[i].cbData);
      }
    }
    message += std::string(" subscribed=") + (provider->CheckSubscription(g_moduleId) ? "TRUE" : "FALSE");
    log(message);
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalCustomNotification(
      ICustomNotificationProvider* provider) override {
    log("custom-notification: " + narrow(provider->QueryNotificationType()));
    return GL_NOTIFICATION_HANDLED;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalThreadCleanup(IGlobalThreadCleanupProvider* provider) override {
    log("thread-cleanup: " + describe(provider->GetApplication()));
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationPreload(
      IGlobalApplicationPreloadProvider* provider) override {
    IHttpContext* context = nullptr;
    log("application-preload: CreateContext " + hex(static_cast<unsigned long>(
                                                    provider->CreateContext(&context))));
    return GL_NOTIFICATION_CONTINUE;
  }
  GLOBAL_NOTIFICATION_STATUS OnSuspendProcess(IGlobalSuspendProcessCallback** callback) override {
    log(std::string("suspend-process: callback was ") + (*callback == nullptr ? "NULL" : "set"));
    *callback = &g_resumeCallback;
    return GL_NOTIFICATION_CONTINUE;
  }
  VOID Terminate(VOID) override { delete this; }
};

const DWORD kNotifications =
    GL_STOP_LISTENING | GL_HEALTH_CHECK | GL_CONFIGURATION_CHANGE | GL_FILE_CHANGE |
    GL_PRE_BEGIN_REQUEST | GL_APPLICATION_START | GL_APPLICATION_RESOLVE_MODULES |
    GL_APPLICATION_STOP | GL_RSCA_QUERY | GL_TRACE_EVENT | GL_CUSTOM_NOTIFICATION |
    GL_THREAD_CLEANUP | GL_APPLICATION_PRELOAD | GL_SUSPEND_PROCESS;

}  // namespace

extern "C" __attribute__((visibility("default"))) HRESULT WINAPI RegisterModule(
    DWORD, IHttpModuleRegistrationInfo* pModuleInfo, IHttpServer*) {
  g_moduleId = pModuleInfo->GetId();
  return pModuleInfo->SetGlobalNotifications(new NotificationsModule(), kNotifications);
}
