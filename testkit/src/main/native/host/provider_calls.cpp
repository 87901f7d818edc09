#include "provider_calls.h"

#include "text.h"

namespace jiis_host {

void ProviderCalls::add(const char* method, const JsonObject& arguments,
                        const std::string& returnedJson) {
  std::string call = "{\"method\":" + jsonQuote(method) + ",\"arguments\":" + arguments.str() +
                     ",\"returned\":" + returnedJson + "}";
  std::lock_guard<std::mutex> lock(mutex_);
  calls_.push_back(call);
}

void ProviderCalls::setErrorStatus(HRESULT hr) {
  add("SetErrorStatus", JsonObject().text("hr", hex32(static_cast<unsigned long>(hr))), "null");
  std::lock_guard<std::mutex> lock(mutex_);
  errorStatus_ = hr;
  errorStatusSet_ = true;
}

std::string ProviderCalls::json() const {
  std::lock_guard<std::mutex> lock(mutex_);
  return jsonArray(calls_);
}

}  // namespace jiis_host
