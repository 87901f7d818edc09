/*
 * TEST DOUBLE of the Windows SDK <httpcach.h> -- not Microsoft's header.
 *
 * The keys of the IIS global caches, exactly as ../shared/reference/iis-native-api.md
 * (section 8.1) lists them: each re-implements IHttpCacheKey::GetCacheName inline, returning its
 * cache's name. See httpserv.h for how IIDs are attached.
 */
#ifndef JIIS_TESTKIT_HTTPCACH_H
#define JIIS_TESTKIT_HTTPCACH_H

#include <httpserv.h>

#define URI_CACHE_NAME      L"URI"
#define FILE_CACHE_NAME     L"FILE"
#define TOKEN_CACHE_NAME    L"TOKEN"

class IUriKey : public IHttpCacheKey
{
public:
    virtual PCWSTR GetCacheName(VOID) const
    {
        return URI_CACHE_NAME;
    }
    virtual PCWSTR GetUrl(VOID) const = 0;
    virtual PCWSTR GetSiteName(VOID) const = 0;
    virtual DWORD GetSiteId(VOID) const = 0;
    virtual VOID UpdateFrequentlyHitTickCount(DWORD dwTicks) = 0;
    virtual PCWSTR GetConfigPath(VOID) const = 0;
};
__CRT_UUID_DECL(IUriKey,
                0xF1BC4F8C, 0x6BF8, 0x42C0, 0xB7, 0x45, 0x4F, 0xBE, 0x1A, 0x67, 0xE5, 0xA7)

class IFileKey : public IHttpCacheKey
{
public:
    virtual PCWSTR GetCacheName(VOID) const
    {
        return FILE_CACHE_NAME;
    }
    virtual PCWSTR GetPath(VOID) const = 0;
};
__CRT_UUID_DECL(IFileKey,
                0x7377F6A4, 0x266C, 0x4043, 0xB6, 0x2A, 0x9E, 0xA9, 0x55, 0xA5, 0xE9, 0x7A)

/* <windows.h> maps GetUserName to GetUserNameW (UNICODE) or GetUserNameA, so that is the
 * method's real name, as with the real headers. */
class IHttpTokenKey : public IHttpCacheKey
{
public:
    virtual PCWSTR GetCacheName(VOID) const
    {
        return TOKEN_CACHE_NAME;
    }
    virtual PCWSTR GetUserName(VOID) const = 0;
    virtual PCWSTR GetPasswordHash(VOID) const = 0;
    virtual DWORD GetLogonMethod(VOID) const = 0;
};
__CRT_UUID_DECL(IHttpTokenKey,
                0x1D3DC8CB, 0xFC52, 0x42BC, 0x97, 0xE1, 0x1B, 0xF0, 0x21, 0x36, 0xE8, 0xBA)

#endif /* JIIS_TESTKIT_HTTPCACH_H */
