#include "cache_entry.h"

namespace jiis_host {

// A record the provider does not hand out cannot be reached by the module, so it is not made.
CacheEntry::CacheEntry(const Step& step) : step_(step) {
  const bool withRecord = step.providerHasRecord;
  switch (step.entry) {
    case EntryKind::kToken:
      tokenKey_.reset(new HostTokenKey(step.token));
      key_ = tokenKey_.get();
      if (withRecord) {
        tokenEntry_.reset(new HostTokenEntry(step, tokenKey_.get()));
        record_ = tokenEntry_.get();
        recordState_ = &tokenEntry_->state();
      }
      break;
    case EntryKind::kFile:
      fileKey_.reset(new HostFileKey(step.file));
      key_ = fileKey_.get();
      if (withRecord) {
        fileInfo_.reset(new HostFileInfo(step, fileKey_.get()));
        record_ = fileInfo_.get();
        recordState_ = &fileInfo_->state();
      }
      break;
    case EntryKind::kUri:
      uriKey_.reset(new HostUriKey(step.uri));
      key_ = uriKey_.get();
      if (withRecord) {
        uriRecord_.reset(new HostUriRecord(step, uriKey_.get()));
        record_ = uriRecord_.get();
        recordState_ = &uriRecord_->state();
      }
      break;
    case EntryKind::kNone:
      break;
  }
}

IHttpCacheKey* CacheEntry::providerKey() const { return step_.providerHasKey ? key_ : nullptr; }

IHttpCacheSpecificData* CacheEntry::providerRecord() const { return record_; }

const RecordState* CacheEntry::recordState() const { return recordState_; }

}  // namespace jiis_host
