#include "registration.h"

#include "json_line.h"
#include "names.h"
#include "report.h"
#include "text.h"
#include "thread_context.h"

namespace jiis_host {

namespace {

void writeCall(const char* method, const JsonObject& arguments, HRESULT result) {
  JsonLine line("registration-call");
  addThreadFields(&line);
  line.text("method", method).json("arguments", arguments.str()).text("hr", hex32(result));
  writeReportLine(line);
}

std::string maskHex(DWORD mask) { return hex32(mask); }

}  // namespace

HostRegistration::HostRegistration(const std::string& moduleName)
    : moduleName_(moduleName), wideName_(wideFromUtf8(moduleName)) {}

PCWSTR HostRegistration::GetName(VOID) const { return wideName_.c_str(); }

HTTP_MODULE_ID HostRegistration::GetId(VOID) const {
  return const_cast<HostRegistration*>(this);
}

HRESULT HostRegistration::SetRequestNotifications(IHttpModuleFactory* pModuleFactory,
                                                  DWORD dwRequestNotifications,
                                                  DWORD dwPostRequestNotifications) {
  writeCall("SetRequestNotifications",
            JsonObject()
                .flag("factory", pModuleFactory != nullptr)
                .number("requestNotifications", dwRequestNotifications)
                .number("postRequestNotifications", dwPostRequestNotifications),
            E_NOTIMPL);
  return E_NOTIMPL;
}

HRESULT HostRegistration::SetGlobalNotifications(CGlobalModule* pGlobalModule,
                                                 DWORD dwGlobalNotifications) {
  HRESULT result = S_OK;
  {
    std::lock_guard<std::mutex> lock(mutex_);
    if (globalNotificationsSet_) {
      result = HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS);
    } else if (pGlobalModule == nullptr) {
      result = E_INVALIDARG;
    } else {
      globalModule_ = pGlobalModule;
      globalNotifications_ = dwGlobalNotifications;
      globalNotificationsSet_ = true;
    }
  }
  writeCall("SetGlobalNotifications",
            JsonObject()
                .flag("module", pGlobalModule != nullptr)
                .number("mask", dwGlobalNotifications)
                .texts("maskNames", globalNotificationNames(dwGlobalNotifications)),
            result);
  if (result == E_INVALIDARG) {
    reportError("registration", "SetGlobalNotifications was called with a NULL CGlobalModule*");
  } else if (unknownGlobalNotificationBits(dwGlobalNotifications) != 0) {
    reportError("registration",
                "SetGlobalNotifications mask " + maskHex(dwGlobalNotifications) +
                    " has bits that are no GL_* notification: " +
                    maskHex(unknownGlobalNotificationBits(dwGlobalNotifications)));
  }
  return result;
}

HRESULT HostRegistration::SetPriorityForRequestNotification(DWORD dwRequestNotification,
                                                            PCWSTR pszPriority) {
  const std::string priority = utf8FromWide(pszPriority);
  writeCall("SetPriorityForRequestNotification",
            JsonObject()
                .number("notification", dwRequestNotification)
                .textOrNull("priority", pszPriority == nullptr ? nullptr : priority.c_str()),
            E_NOTIMPL);
  return E_NOTIMPL;
}

HRESULT HostRegistration::SetPriorityForGlobalNotification(DWORD dwGlobalNotification,
                                                           PCWSTR pszPriority) {
  const char* notification = globalNotificationName(dwGlobalNotification);
  const std::string priority = utf8FromWide(pszPriority);
  std::string problem;
  if (notification == nullptr) {
    problem = "SetPriorityForGlobalNotification needs exactly one GL_* bit, got " +
              maskHex(dwGlobalNotification);
  } else if (pszPriority == nullptr || !isPriorityAlias(priority)) {
    problem = "SetPriorityForGlobalNotification needs a PRIORITY_ALIAS_* string (FIRST, HIGH, "
              "MEDIUM, LOW, LAST), got " +
              (pszPriority == nullptr ? std::string("NULL") : "\"" + priority + "\"");
  }
  // What IIS answers to a bad argument is not documented; the host says E_INVALIDARG.
  const HRESULT result = problem.empty() ? S_OK : E_INVALIDARG;
  if (problem.empty()) {
    std::lock_guard<std::mutex> lock(mutex_);
    priorities_.emplace_back(dwGlobalNotification, priority);
  }
  JsonObject arguments;
  arguments.number("notification", dwGlobalNotification)
      .textOrNull("notificationName", notification)
      .textOrNull("priority", pszPriority == nullptr ? nullptr : priority.c_str());
  writeCall("SetPriorityForGlobalNotification", arguments, result);
  if (!problem.empty()) {
    reportError("registration", problem);
  }
  return result;
}

CGlobalModule* HostRegistration::globalModule() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return globalModule_;
}

DWORD HostRegistration::globalNotifications() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return globalNotifications_;
}

void HostRegistration::writeReport(HRESULT registerResult, unsigned long serverVersion,
                                   const std::string& modulePath) const {
  std::lock_guard<std::mutex> lock(mutex_);
  JsonLine line("registration");
  line.text("module", modulePath)
      .text("moduleName", moduleName_)
      .number("serverVersion", serverVersion)
      .text("hr", hex32(registerResult))
      .flag("succeeded", SUCCEEDED(registerResult))
      .flag("globalModule", globalModule_ != nullptr)
      .number("mask", globalNotifications_)
      .texts("maskNames", globalNotificationNames(globalNotifications_))
      .number("unknownMaskBits", unknownGlobalNotificationBits(globalNotifications_));
  std::vector<std::string> priorities;
  for (const auto& accepted : priorities_) {
    priorities.push_back(JsonObject()
                             .text("notification", globalNotificationName(accepted.first))
                             .number("bit", accepted.first)
                             .text("priority", accepted.second)
                             .str());
  }
  line.json("priorities", jsonArray(priorities));
  writeReportLine(line);
}

}  // namespace jiis_host
