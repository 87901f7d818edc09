#include "cache_records.h"

#include "json_line.h"
#include "report.h"
#include "text.h"

namespace jiis_host {

namespace {

HANDLE handleFor(HandleKind kind, const void* validHandle) {
  switch (kind) {
    case HandleKind::kValid: return const_cast<void*>(validHandle);
    case HandleKind::kNull: return nullptr;
    case HandleKind::kInvalid: return INVALID_HANDLE_VALUE;
  }
  return nullptr;
}

}  // namespace

RecordState::RecordState(const Step& step, const char* entryName)
    : step_(step), entryName_(entryName), ttl_(step.ttl), flushed_(step.flushed) {}

void RecordState::reference() {
  taken_++;
  held_++;
}

void RecordState::dereference() {
  released_++;
  if (--held_ < 0 && !overReleaseReported_.exchange(true)) {
    reportError("reference-count",
                std::string("DereferenceCacheData released a reference the module never took "
                            "(with ReferenceCacheData) on the ") +
                    entryName_ + " record of " + step_.origin +
                    "; the record could be freed while the cache still uses it");
  }
}

void RecordState::resetTtl() { ttl_ = static_cast<long long>(step_.ttl); }

bool RecordState::decrementTtl() { return --ttl_ <= 0; }

void RecordState::writeReport() const {
  JsonLine line("record");
  line.number("step", step_.index)
      .text("origin", step_.origin)
      .text("entry", entryName_)
      .number("taken", taken_)
      .number("released", released_)
      .number("held", held_)
      .flag("balanced", balanced())
      .flag("flushed", flushed_);
  writeReportLine(line);
}

template <class RecordInterface>
VOID HostRecord<RecordInterface>::DecrementTTL(BOOL* pfTTLExpired) {
  const bool expired = state_.decrementTtl();
  if (pfTTLExpired != nullptr) *pfTTLExpired = expired ? TRUE : FALSE;
}

template class HostRecord<IHttpTokenEntry>;
template class HostRecord<IHttpFileInfo>;
template class HostRecord<IHttpCacheSpecificData>;

HostTokenEntry::HostTokenEntry(const Step& step, IHttpCacheKey* key)
    : HostRecord(step, "token", key), spec_(step.token), sid_(step.token.sidBytes) {}

HANDLE HostTokenEntry::GetImpersonationToken(VOID) {
  return handleFor(spec_.impersonationToken, &handles_[0]);
}

HANDLE HostTokenEntry::GetPrimaryToken(VOID) {
  return handleFor(spec_.primaryToken, &handles_[1]);
}

PSID HostTokenEntry::GetSid(VOID) { return spec_.sid ? sid_.data() : nullptr; }

HostFileInfo::HostFileInfo(const Step& step, IHttpCacheKey* key)
    : HostRecord(step, "file", key),
      spec_(step.file),
      path_(wideFromUtf8(step.file.path)),
      vrPath_(wideFromUtf8(step.file.vrPath.value_or(""))) {}

DWORD HostFileInfo::GetAttributes(VOID) const { return static_cast<DWORD>(spec_.attributes); }

VOID HostFileInfo::GetSize(ULARGE_INTEGER* pliSize) const {
  if (pliSize != nullptr) pliSize->QuadPart = spec_.size;
}

const BYTE* HostFileInfo::GetFileBuffer(VOID) const {
  return spec_.content ? reinterpret_cast<const BYTE*>(spec_.content->c_str()) : nullptr;
}

HANDLE HostFileInfo::GetFileHandle(VOID) const { return handleFor(spec_.fileHandle, &handles_[0]); }

PCWSTR HostFileInfo::GetFilePath(VOID) const { return path_.c_str(); }

PCSTR HostFileInfo::GetETag(USHORT* pcchETag) const {
  if (pcchETag != nullptr) {
    *pcchETag = spec_.etag ? static_cast<USHORT>(spec_.etag->size()) : 0;
  }
  return spec_.etag ? spec_.etag->c_str() : nullptr;
}

VOID HostFileInfo::GetLastModifiedTime(FILETIME* pFileTime) const {
  if (pFileTime == nullptr) return;
  pFileTime->dwLowDateTime = static_cast<DWORD>(spec_.lastModified & 0xFFFFFFFFu);
  pFileTime->dwHighDateTime = static_cast<DWORD>(spec_.lastModified >> 32);
}

PCSTR HostFileInfo::GetLastModifiedString(VOID) const {
  return spec_.lastModifiedString ? spec_.lastModifiedString->c_str() : nullptr;
}

BOOL HostFileInfo::GetHttpCacheAllowed(DWORD* pSecondsToLive) const {
  if (pSecondsToLive != nullptr) {
    *pSecondsToLive = static_cast<DWORD>(spec_.httpCacheSeconds.value_or(0));
  }
  return spec_.httpCacheSeconds ? TRUE : FALSE;
}

// The host has no access control: every user may read every file.
HRESULT HostFileInfo::AccessCheck(HANDLE hUserToken, PSID pUserSid) {
  (void)hUserToken;
  (void)pUserSid;
  return S_OK;
}

HANDLE HostFileInfo::GetVrToken(VOID) const { return handleFor(spec_.vrToken, &handles_[1]); }

PCWSTR HostFileInfo::GetVrPath(VOID) const { return spec_.vrPath ? vrPath_.c_str() : nullptr; }

IHttpModuleContextContainer* HostFileInfo::GetModuleContextContainer(VOID) { return nullptr; }

// Scenario files never change.
BOOL HostFileInfo::CheckIfFileHasChanged(HANDLE hUserToken) {
  (void)hUserToken;
  return FALSE;
}

HostUriRecord::HostUriRecord(const Step& step, IHttpCacheKey* key)
    : HostRecord(step, "uri", key) {}

}  // namespace jiis_host
