#include "cache_keys.h"

#include <cwchar>

#include "report.h"
#include "text.h"

namespace jiis_host {

namespace {

bool startsWith(PCWSTR text, PCWSTR prefix) {
  return std::wcsncmp(text, prefix, std::wcslen(prefix)) == 0;
}

// What identifies a key within its cache, as one string (for GetHash and GetIsEqual).
std::wstring identity(const IUriKey& key) {
  return std::to_wstring(key.GetSiteId()) + L"|" + key.GetUrl();
}
std::wstring identity(const IFileKey& key) { return key.GetPath(); }
std::wstring identity(const IHttpTokenKey& key) {
  return std::wstring(key.GetUserName()) + L"|" + key.GetPasswordHash() + L"|" +
         std::to_wstring(key.GetLogonMethod());
}

// GetIsPrefix as the IIS documentation describes it for each key type.
bool isPrefix(const IUriKey& key, const IUriKey& other) {
  return key.GetSiteId() == other.GetSiteId() && startsWith(other.GetUrl(), key.GetUrl());
}
bool isPrefix(const IFileKey& key, const IFileKey& other) {
  return startsWith(other.GetPath(), key.GetPath());
}
bool isPrefix(const IHttpTokenKey&, const IHttpTokenKey&) { return false; }

DWORD fnv1a(const std::wstring& text) {
  DWORD hash = 2166136261u;
  for (wchar_t c : text) {
    hash = (hash ^ static_cast<DWORD>(c)) * 16777619u;
  }
  return hash;
}

}  // namespace

template <class KeyInterface>
DWORD HostCacheKey<KeyInterface>::GetHash(VOID) const {
  return fnv1a(identity(*this));
}

template <class KeyInterface>
const KeyInterface* HostCacheKey<KeyInterface>::sameCache(IHttpCacheKey* other,
                                                          const char* method) const {
  if (other == nullptr) {
    reportError("cache-key", std::string("IHttpCacheKey::") + method +
                                 " was passed NULL (IIS would raise an access violation)");
    return nullptr;
  }
  const KeyInterface* same = dynamic_cast<const KeyInterface*>(other);
  if (same == nullptr) {
    reportError("cache-key", std::string("IHttpCacheKey::") + method + " on a " +
                                 utf8FromWide(this->GetCacheName()) + " key was passed a " +
                                 utf8FromWide(other->GetCacheName()) +
                                 " key; both keys must be of the same cache");
  }
  return same;
}

template <class KeyInterface>
bool HostCacheKey<KeyInterface>::GetIsEqual(IHttpCacheKey* pCacheCompareKey) const {
  const KeyInterface* other = sameCache(pCacheCompareKey, "GetIsEqual");
  return other != nullptr && identity(*this) == identity(*other);
}

template <class KeyInterface>
bool HostCacheKey<KeyInterface>::GetIsPrefix(IHttpCacheKey* pCacheCompareKey) const {
  const KeyInterface* other = sameCache(pCacheCompareKey, "GetIsPrefix");
  return other != nullptr && isPrefix(*this, *other);
}

// The host's caches hold one record per key, so there is nothing to enumerate.
template <class KeyInterface>
VOID HostCacheKey<KeyInterface>::Enum(IHttpCacheSpecificData* pCacheData) {
  (void)pCacheData;
}

template class HostCacheKey<IUriKey>;
template class HostCacheKey<IFileKey>;
template class HostCacheKey<IHttpTokenKey>;

HostUriKey::HostUriKey(const UriSpec& spec)
    : url_(wideFromUtf8(spec.url)),
      siteName_(wideFromUtf8(spec.siteName)),
      siteId_(static_cast<DWORD>(spec.siteId)),
      configPath_(wideFromUtf8(spec.configPath)) {}

VOID HostUriKey::UpdateFrequentlyHitTickCount(DWORD dwTicks) { (void)dwTicks; }

HostFileKey::HostFileKey(const FileSpec& spec) : path_(wideFromUtf8(spec.path)) {}

HostTokenKey::HostTokenKey(const TokenSpec& spec)
    : userName_(wideFromUtf8(spec.userName)),
      passwordHash_(wideFromUtf8(spec.passwordHash)),
      logonMethod_(static_cast<DWORD>(spec.logonMethod)) {}

}  // namespace jiis_host
