// The records of the IIS global caches, built from a scenario step, with their reference
// counts. One record per scenario step is shared by every thread and repetition that fires the
// step, as one IIS cache entry is seen by many requests; it lives until the host exits, so a
// module that keeps a reference past the callback never reads freed memory here.
#ifndef JIIS_HOST_CACHE_RECORDS_H
#define JIIS_HOST_CACHE_RECORDS_H

#include <atomic>
#include <string>
#include <vector>

#include "iis_api.h"
#include "scenario.h"

namespace jiis_host {

// The references a module took (ReferenceCacheData) and released (DereferenceCacheData) on one
// record, and its TTL and flushed state.
class RecordState {
 public:
  RecordState(const Step& step, const char* entryName);

  void reference();
  void dereference();
  void resetTtl();
  bool decrementTtl();
  void setFlushed() { flushed_ = true; }
  bool flushed() const { return flushed_; }

  // Writes the "record" line.
  void writeReport() const;
  bool balanced() const { return taken_ == released_; }

 private:
  const Step& step_;
  const char* entryName_;
  std::atomic<long long> taken_{0};
  std::atomic<long long> released_{0};
  std::atomic<long long> held_{0};
  std::atomic<bool> overReleaseReported_{false};
  std::atomic<long long> ttl_;
  std::atomic<bool> flushed_;
};

// The IHttpCacheSpecificData methods, shared by every record type.
template <class RecordInterface>
class HostRecord : public RecordInterface {
 public:
  IHttpCacheKey* GetCacheKey(VOID) const override { return key_; }
  VOID ReferenceCacheData(VOID) override { state_.reference(); }
  VOID DereferenceCacheData(VOID) override { state_.dereference(); }
  VOID ResetTTL(VOID) override { state_.resetTtl(); }
  VOID DecrementTTL(BOOL* pfTTLExpired) override;
  VOID SetFlushed(VOID) override { state_.setFlushed(); }
  BOOL GetFlushed(VOID) const override { return state_.flushed() ? TRUE : FALSE; }

  const RecordState& state() const { return state_; }

 protected:
  HostRecord(const Step& step, const char* entryName, IHttpCacheKey* key)
      : state_(step, entryName), key_(step.recordHasKey ? key : nullptr) {}

 private:
  RecordState state_;
  IHttpCacheKey* key_;
};

class HostTokenEntry final : public HostRecord<IHttpTokenEntry> {
 public:
  HostTokenEntry(const Step& step, IHttpCacheKey* key);
  HANDLE GetImpersonationToken(VOID) override;
  HANDLE GetPrimaryToken(VOID) override;
  PSID GetSid(VOID) override;

 private:
  const TokenSpec& spec_;
  std::vector<unsigned char> sid_;
  char handles_[2];  // their addresses are the valid token handles
};

class HostFileInfo final : public HostRecord<IHttpFileInfo> {
 public:
  HostFileInfo(const Step& step, IHttpCacheKey* key);
  DWORD GetAttributes(VOID) const override;
  VOID GetSize(ULARGE_INTEGER* pliSize) const override;
  const BYTE* GetFileBuffer(VOID) const override;
  HANDLE GetFileHandle(VOID) const override;
  PCWSTR GetFilePath(VOID) const override;
  PCSTR GetETag(USHORT* pcchETag) const override;
  VOID GetLastModifiedTime(FILETIME* pFileTime) const override;
  PCSTR GetLastModifiedString(VOID) const override;
  BOOL GetHttpCacheAllowed(DWORD* pSecondsToLive) const override;
  HRESULT AccessCheck(HANDLE hUserToken, PSID pUserSid) override;
  HANDLE GetVrToken(VOID) const override;
  PCWSTR GetVrPath(VOID) const override;
  IHttpModuleContextContainer* GetModuleContextContainer(VOID) override;
  BOOL CheckIfFileHasChanged(HANDLE hUserToken) override;

 private:
  const FileSpec& spec_;
  std::wstring path_;
  std::wstring vrPath_;
  char handles_[2];  // their addresses are the valid file and virtual-directory token handles
};

// A URI-cache record: the reference declares no URI-specific record interface, so it is a plain
// IHttpCacheSpecificData whose key is an IUriKey.
class HostUriRecord final : public HostRecord<IHttpCacheSpecificData> {
 public:
  HostUriRecord(const Step& step, IHttpCacheKey* key);
};

}  // namespace jiis_host

#endif
