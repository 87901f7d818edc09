#include "notification_providers.h"

#include <cstring>

#include "report.h"
#include "text.h"

namespace jiis_host {

namespace {

std::string quotedHex(HRESULT hr) { return jsonQuote(hex32(static_cast<unsigned long>(hr))); }

std::string bytesHex(const BYTE* bytes, size_t count) {
  static const char kDigits[] = "0123456789abcdef";
  std::string hex;
  for (size_t i = 0; i < count; i++) {
    hex.push_back(kDigits[bytes[i] >> 4]);
    hex.push_back(kDigits[bytes[i] & 0xF]);
  }
  return hex;
}

IHttpApplication* applicationOf(NotificationData& data) {
  return data.step.notification.application.present ? &data.application : nullptr;
}

}  // namespace

IHttpFileMonitor* HostFileChangeProvider::GetFileMonitor(VOID) {
  const bool present = data_.step.notification.fileMonitor;
  calls_->add("GetFileMonitor", JsonObject(), present ? "\"monitor\"" : "null");
  return present ? &data_.fileMonitor : nullptr;
}

IHttpContext* HostPreBeginRequestProvider::GetHttpContext(VOID) {
  calls_->add("GetHttpContext", JsonObject(), "null");
  return nullptr;
}

IHttpApplication* HostApplicationProvider::GetApplication(VOID) { return applicationOf(data_); }

IHttpApplication* HostResolveModulesProvider::GetApplication(VOID) { return applicationOf(data_); }

// Request modules are not simulated, as in IHttpModuleRegistrationInfo::SetRequestNotifications.
HRESULT HostResolveModulesProvider::RegisterModule(
    HTTP_MODULE_ID parentModuleId, IHttpModuleFactory* pModuleFactory, PCWSTR pszModuleName,
    PCWSTR pszModuleType, PCWSTR pszModulePreCondition, DWORD dwRequestNotifications,
    DWORD dwPostRequestNotifications) {
  JsonObject arguments;
  arguments.flag("parentModuleId", parentModuleId != nullptr)
      .flag("factory", pModuleFactory != nullptr)
      .textOrNull("moduleName", pszModuleName ? utf8FromWide(pszModuleName).c_str() : nullptr)
      .textOrNull("moduleType", pszModuleType ? utf8FromWide(pszModuleType).c_str() : nullptr)
      .textOrNull("preCondition",
                  pszModulePreCondition ? utf8FromWide(pszModulePreCondition).c_str() : nullptr)
      .number("requestNotifications", dwRequestNotifications)
      .number("postRequestNotifications", dwPostRequestNotifications);
  calls_->add("RegisterModule", arguments, quotedHex(E_NOTIMPL));
  return E_NOTIMPL;
}

HRESULT HostResolveModulesProvider::SetPriorityForRequestNotification(
    PCWSTR pszModuleName, DWORD dwRequestNotification, PCWSTR pszPriorityAlias) {
  JsonObject arguments;
  arguments.textOrNull("moduleName", pszModuleName ? utf8FromWide(pszModuleName).c_str() : nullptr)
      .number("notification", dwRequestNotification)
      .textOrNull("priority", pszPriorityAlias ? utf8FromWide(pszPriorityAlias).c_str() : nullptr);
  calls_->add("SetPriorityForRequestNotification", arguments, quotedHex(S_OK));
  return S_OK;
}

HRESULT HostRscaQueryProvider::GetOutputBuffer(DWORD cbBuffer, BYTE** ppbBuffer) {
  HRESULT hr = S_OK;
  if (ppbBuffer == nullptr) {
    hr = E_INVALIDARG;
  } else if (cbBuffer > data_.step.notification.outputBufferLimit) {
    *ppbBuffer = nullptr;
    hr = E_OUTOFMEMORY;
  } else {
    buffer_.assign(cbBuffer, 0);
    *ppbBuffer = buffer_.data();
  }
  calls_->add("GetOutputBuffer", JsonObject().number("bytes", cbBuffer), quotedHex(hr));
  return hr;
}

HRESULT HostRscaQueryProvider::ResizeOutputBuffer(DWORD cbNewBuffer, DWORD cbBytesToCopy,
                                                  BYTE** ppbBuffer) {
  HRESULT hr = S_OK;
  if (ppbBuffer == nullptr || cbBytesToCopy > cbNewBuffer || cbBytesToCopy > buffer_.size()) {
    hr = E_INVALIDARG;
  } else if (cbNewBuffer > data_.step.notification.outputBufferLimit) {
    *ppbBuffer = nullptr;
    hr = E_OUTOFMEMORY;
  } else {
    std::vector<BYTE> resized(cbNewBuffer, 0);
    if (cbBytesToCopy > 0) std::memcpy(resized.data(), buffer_.data(), cbBytesToCopy);
    buffer_.swap(resized);
    *ppbBuffer = buffer_.data();
  }
  calls_->add("ResizeOutputBuffer",
              JsonObject().number("bytes", cbNewBuffer).number("bytesToCopy", cbBytesToCopy),
              quotedHex(hr));
  return hr;
}

VOID HostRscaQueryProvider::SetResult(DWORD cbData, HRESULT hr) {
  const bool fits = cbData <= buffer_.size();
  JsonObject arguments;
  arguments.number("bytes", cbData).text("hr", hex32(static_cast<unsigned long>(hr)));
  arguments.text("data", bytesHex(buffer_.data(), fits ? cbData : buffer_.size()));
  calls_->add("SetResult", arguments, "null");
  if (!fits) {
    reportError("provider", "IGlobalRSCAQueryProvider::SetResult got " + std::to_string(cbData) +
                                " bytes, but the output buffer holds " +
                                std::to_string(buffer_.size()) +
                                "; get a buffer of that size with GetOutputBuffer first");
  }
}

HRESULT HostTraceEventProvider::GetTraceEvent(HTTP_TRACE_EVENT** ppTraceEvent) {
  const HRESULT hr = ppTraceEvent == nullptr ? E_INVALIDARG : data_.step.notification.trace.getResult;
  if (ppTraceEvent != nullptr) *ppTraceEvent = hr == S_OK ? &event_ : nullptr;
  calls_->add("GetTraceEvent", JsonObject(), quotedHex(hr));
  return hr;
}

// Answers the scenario's 'subscribed' for the module's own id, FALSE for any other.
BOOL HostTraceEventProvider::CheckSubscription(HTTP_MODULE_ID ModuleId) {
  const bool own = ModuleId == moduleId_ && moduleId_ != nullptr;
  const BOOL answer = own && data_.step.notification.trace.subscribed ? TRUE : FALSE;
  calls_->add("CheckSubscription",
              JsonObject().text("moduleId", own ? "own" : ModuleId == nullptr ? "null" : "other"),
              answer ? "\"TRUE\"" : "\"FALSE\"");
  return answer;
}

HRESULT HostTraceEventProvider::GetCurrentHttpRequestContext(IHttpContext** ppHttpContext) {
  if (ppHttpContext != nullptr) *ppHttpContext = nullptr;
  calls_->add("GetCurrentHttpRequestContext", JsonObject(), quotedHex(E_NOTIMPL));
  return E_NOTIMPL;
}

IHttpApplication* HostThreadCleanupProvider::GetApplication(VOID) { return applicationOf(data_); }

HRESULT HostApplicationPreloadProvider::CreateContext(IHttpContext** ppHttpContext) {
  if (ppHttpContext != nullptr) *ppHttpContext = nullptr;
  calls_->add("CreateContext", JsonObject(), quotedHex(E_NOTIMPL));
  return E_NOTIMPL;
}

HRESULT HostApplicationPreloadProvider::ExecuteRequest(IHttpContext* pHttpContext,
                                                       IHttpUser* pHttpUser) {
  calls_->add("ExecuteRequest",
              JsonObject().flag("context", pHttpContext != nullptr).flag("user", pHttpUser != nullptr),
              quotedHex(E_NOTIMPL));
  return E_NOTIMPL;
}

}  // namespace jiis_host
