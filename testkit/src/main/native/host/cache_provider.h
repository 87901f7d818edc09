// The ICacheProvider of one OnGlobalCacheOperation call; lives on the delivering thread's stack.
#ifndef JIIS_HOST_CACHE_PROVIDER_H
#define JIIS_HOST_CACHE_PROVIDER_H

#include "iis_api.h"

namespace jiis_host {

class HostCacheProvider final : public ICacheProvider {
 public:
  HostCacheProvider(CACHE_OPERATION operation, IHttpCacheKey* key, IHttpCacheSpecificData* record)
      : operation_(operation), key_(key), record_(record) {}

  VOID SetErrorStatus(HRESULT hrError) override {
    errorStatus_ = hrError;
    errorStatusSet_ = true;
  }
  CACHE_OPERATION GetCacheOperation(VOID) const override { return operation_; }
  IHttpCacheKey* GetCacheKey(VOID) const override { return key_; }
  IHttpCacheSpecificData* GetCacheRecord(VOID) const override { return record_; }
  VOID SetCacheRecord(IHttpCacheSpecificData* pCacheRecord) override {
    record_ = pCacheRecord;
    recordReplaced_ = true;
  }
  // The host has no request tracing.
  IHttpTraceContext* GetTraceContext(VOID) const override { return nullptr; }

  bool errorStatusSet() const { return errorStatusSet_; }
  HRESULT errorStatus() const { return errorStatus_; }
  bool recordReplaced() const { return recordReplaced_; }

 private:
  CACHE_OPERATION operation_;
  IHttpCacheKey* key_;
  IHttpCacheSpecificData* record_;
  HRESULT errorStatus_ = S_OK;
  bool errorStatusSet_ = false;
  bool recordReplaced_ = false;
};

}  // namespace jiis_host

#endif
