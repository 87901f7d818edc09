// The keys of the three IIS global caches (httpcach.h), built from a scenario step.
#ifndef JIIS_HOST_CACHE_KEYS_H
#define JIIS_HOST_CACHE_KEYS_H

#include <string>

#include "iis_api.h"
#include "scenario.h"

namespace jiis_host {

// GetHash, GetIsEqual, GetIsPrefix and Enum, shared by the three keys. Comparing with NULL or
// with a key of another cache is an error by the IIS documentation (an access violation in
// IIS); the host reports it and answers false.
template <class KeyInterface>
class HostCacheKey : public KeyInterface {
 public:
  DWORD GetHash(VOID) const override;
  bool GetIsEqual(IHttpCacheKey* pCacheCompareKey) const override;
  bool GetIsPrefix(IHttpCacheKey* pCacheCompareKey) const override;
  VOID Enum(IHttpCacheSpecificData* pCacheData) override;

 private:
  const KeyInterface* sameCache(IHttpCacheKey* other, const char* method) const;
};

class HostUriKey final : public HostCacheKey<IUriKey> {
 public:
  explicit HostUriKey(const UriSpec& spec);
  PCWSTR GetUrl(VOID) const override { return url_.c_str(); }
  PCWSTR GetSiteName(VOID) const override { return siteName_.c_str(); }
  DWORD GetSiteId(VOID) const override { return siteId_; }
  VOID UpdateFrequentlyHitTickCount(DWORD dwTicks) override;
  PCWSTR GetConfigPath(VOID) const override { return configPath_.c_str(); }

 private:
  std::wstring url_;
  std::wstring siteName_;
  DWORD siteId_;
  std::wstring configPath_;
};

class HostFileKey final : public HostCacheKey<IFileKey> {
 public:
  explicit HostFileKey(const FileSpec& spec);
  PCWSTR GetPath(VOID) const override { return path_.c_str(); }

 private:
  std::wstring path_;
};

class HostTokenKey final : public HostCacheKey<IHttpTokenKey> {
 public:
  explicit HostTokenKey(const TokenSpec& spec);
  PCWSTR GetUserName(VOID) const override { return userName_.c_str(); }
  PCWSTR GetPasswordHash(VOID) const override { return passwordHash_.c_str(); }
  DWORD GetLogonMethod(VOID) const override { return logonMethod_; }

 private:
  std::wstring userName_;
  std::wstring passwordHash_;
  DWORD logonMethod_;
};

}  // namespace jiis_host

#endif
