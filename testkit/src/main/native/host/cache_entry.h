// The key and record a scenario step's cache operation carries, owned for the whole run.
#ifndef JIIS_HOST_CACHE_ENTRY_H
#define JIIS_HOST_CACHE_ENTRY_H

#include <memory>

#include "cache_keys.h"
#include "cache_records.h"
#include "iis_api.h"
#include "scenario.h"

namespace jiis_host {

class CacheEntry {
 public:
  explicit CacheEntry(const Step& step);

  // What ICacheProvider::GetCacheKey / GetCacheRecord return for the step (either may be NULL).
  IHttpCacheKey* providerKey() const;
  IHttpCacheSpecificData* providerRecord() const;

  // The record's reference counts; nullptr when the step has no record.
  const RecordState* recordState() const;

 private:
  const Step& step_;
  std::unique_ptr<HostTokenKey> tokenKey_;
  std::unique_ptr<HostFileKey> fileKey_;
  std::unique_ptr<HostUriKey> uriKey_;
  std::unique_ptr<HostTokenEntry> tokenEntry_;
  std::unique_ptr<HostFileInfo> fileInfo_;
  std::unique_ptr<HostUriRecord> uriRecord_;
  IHttpCacheKey* key_ = nullptr;
  IHttpCacheSpecificData* record_ = nullptr;
  const RecordState* recordState_ = nullptr;
};

}  // namespace jiis_host

#endif
