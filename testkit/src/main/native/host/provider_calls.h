// What a module called on the provider of one event: written into the event's line as
// "providerCalls" (README.md, "Other notifications").
#ifndef JIIS_HOST_PROVIDER_CALLS_H
#define JIIS_HOST_PROVIDER_CALLS_H

#include <mutex>
#include <string>
#include <vector>

#include "iis_api.h"
#include "json_line.h"

namespace jiis_host {

class ProviderCalls {
 public:
  // returnedJson: the answer as a JSON value ("null" for VOID methods).
  void add(const char* method, const JsonObject& arguments, const std::string& returnedJson);
  void setErrorStatus(HRESULT hr);

  bool errorStatusSet() const { return errorStatusSet_; }
  HRESULT errorStatus() const { return errorStatus_; }
  std::string json() const;

 private:
  mutable std::mutex mutex_;  // a module may call from a thread of its own during the callback
  std::vector<std::string> calls_;
  HRESULT errorStatus_ = S_OK;
  bool errorStatusSet_ = false;
};

// IHttpEventProvider::SetErrorStatus, recorded, for every provider.
template <typename Interface>
class RecordingProvider : public Interface {
 public:
  explicit RecordingProvider(ProviderCalls* calls) : calls_(calls) {}
  VOID SetErrorStatus(HRESULT hrError) override { calls_->setErrorStatus(hrError); }

 protected:
  ProviderCalls* calls_;
};

}  // namespace jiis_host

#endif
