/*
 * Runs sample_global_module.cpp on Linux the way IIS would drive it, through fakes of the IIS
 * interfaces, and checks the CGlobalModule default bodies. Prints one line per failed check
 * and exits non-zero if any failed. Built by IisHeaderCompileTest with g++ and ../winshim.
 */
#define _WINSOCKAPI_
#include <windows.h>
#include <sal.h>
#include <httptrace.h>
#include <httpserv.h>
#include <httpcach.h>

#include <signal.h>
#include <stdio.h>
#include <wchar.h>

#include "sample_observations.h"

extern "C" HRESULT WINAPI RegisterModule(DWORD dwServerVersion,
                                         IHttpModuleRegistrationInfo* pModuleInfo,
                                         IHttpServer* pGlobalInfo);

static int g_failures = 0;

#define CHECK(condition)                                                                    \
    do                                                                                      \
    {                                                                                       \
        if (!(condition))                                                                   \
        {                                                                                   \
            fprintf(stdout, "FAILED %s:%d: %s\n", __FILE__, __LINE__, #condition);          \
            g_failures++;                                                                   \
        }                                                                                   \
    } while (0)

class FakeRegistrationInfo final : public IHttpModuleRegistrationInfo
{
public:
    CGlobalModule* pGlobalModule = NULL;
    DWORD dwGlobalNotifications = 0;
    DWORD dwPriorityNotification = 0;
    PCWSTR pszPriority = NULL;

    PCWSTR GetName(VOID) const override { return L"SampleGlobalModule"; }
    HTTP_MODULE_ID GetId(VOID) const override { return NULL; }
    HRESULT SetRequestNotifications(IHttpModuleFactory*, DWORD, DWORD) override { return E_FAIL; }
    HRESULT SetGlobalNotifications(CGlobalModule* pModule, DWORD dwNotifications) override
    {
        pGlobalModule = pModule;
        dwGlobalNotifications = dwNotifications;
        return S_OK;
    }
    HRESULT SetPriorityForRequestNotification(DWORD, PCWSTR) override { return E_FAIL; }
    HRESULT SetPriorityForGlobalNotification(DWORD dwNotification, PCWSTR pszAlias) override
    {
        dwPriorityNotification = dwNotification;
        pszPriority = pszAlias;
        return S_OK;
    }
};

class FakeTokenKey final : public IHttpTokenKey
{
public:
    DWORD GetHash(VOID) const override { return 7; }
    bool GetIsEqual(IHttpCacheKey* pOther) const override { return pOther == this; }
    bool GetIsPrefix(IHttpCacheKey*) const override { return false; }
    VOID Enum(IHttpCacheSpecificData*) override {}
    PCWSTR GetUserName(VOID) const override { return L"alice"; }
    PCWSTR GetPasswordHash(VOID) const override { return L"hash"; }
    DWORD GetLogonMethod(VOID) const override { return 2; }
};

/* S-1-5-21-1-2-3-1001: revision 1, five sub-authorities, identifier authority 5. */
static BYTE g_sid[28] = {1, 5, 0, 0, 0, 0, 0, 5, 21, 0, 0, 0, 1, 0, 0, 0,
                         2, 0, 0, 0, 3, 0, 0, 0, 0xE9, 0x03, 0, 0};

class FakeCacheRecordBase : public IHttpCacheSpecificData
{
public:
    explicit FakeCacheRecordBase(IHttpCacheKey* pKey) : m_pKey(pKey) {}
    IHttpCacheKey* GetCacheKey(VOID) const override { return m_pKey; }
    VOID ReferenceCacheData(VOID) override {}
    VOID DereferenceCacheData(VOID) override {}
    VOID ResetTTL(VOID) override {}
    VOID DecrementTTL(BOOL* pfTTLExpired) override { *pfTTLExpired = FALSE; }
    VOID SetFlushed(VOID) override {}
    BOOL GetFlushed(VOID) const override { return FALSE; }

private:
    IHttpCacheKey* m_pKey;
};

class FakeTokenEntry final : public IHttpTokenEntry
{
public:
    explicit FakeTokenEntry(IHttpCacheKey* pKey) : m_pKey(pKey) {}
    IHttpCacheKey* GetCacheKey(VOID) const override { return m_pKey; }
    VOID ReferenceCacheData(VOID) override {}
    VOID DereferenceCacheData(VOID) override {}
    VOID ResetTTL(VOID) override {}
    VOID DecrementTTL(BOOL* pfTTLExpired) override { *pfTTLExpired = FALSE; }
    VOID SetFlushed(VOID) override {}
    BOOL GetFlushed(VOID) const override { return FALSE; }
    HANDLE GetImpersonationToken(VOID) override { return (HANDLE)0x1234; }
    HANDLE GetPrimaryToken(VOID) override { return (HANDLE)0x5678; }
    PSID GetSid(VOID) override { return g_sid; }

private:
    IHttpCacheKey* m_pKey;
};

class FakeUriKey final : public IUriKey
{
public:
    DWORD GetHash(VOID) const override { return 11; }
    bool GetIsEqual(IHttpCacheKey* pOther) const override { return pOther == this; }
    bool GetIsPrefix(IHttpCacheKey*) const override { return false; }
    VOID Enum(IHttpCacheSpecificData*) override {}
    PCWSTR GetUrl(VOID) const override { return L"/index.html"; }
    PCWSTR GetSiteName(VOID) const override { return L"Default Web Site"; }
    DWORD GetSiteId(VOID) const override { return 1; }
    VOID UpdateFrequentlyHitTickCount(DWORD) override {}
    PCWSTR GetConfigPath(VOID) const override { return L"MACHINE/WEBROOT/APPHOST"; }
};

class FakeCacheProvider final : public ICacheProvider
{
public:
    explicit FakeCacheProvider(IHttpCacheSpecificData* pRecord) : m_pRecord(pRecord) {}
    VOID SetErrorStatus(HRESULT) override {}
    CACHE_OPERATION GetCacheOperation(VOID) const override { return CACHE_OPERATION_ADD; }
    IHttpCacheKey* GetCacheKey(VOID) const override { return m_pRecord->GetCacheKey(); }
    IHttpCacheSpecificData* GetCacheRecord(VOID) const override { return m_pRecord; }
    VOID SetCacheRecord(IHttpCacheSpecificData* pRecord) override { m_pRecord = pRecord; }
    IHttpTraceContext* GetTraceContext(VOID) const override { return NULL; }

private:
    IHttpCacheSpecificData* m_pRecord;
};

/* Every notification, with no provider: what the module must tolerate from a careless host. */
static VOID FireEveryNotification(CGlobalModule* pModule)
{
    pModule->OnGlobalStopListening(NULL);
    pModule->OnGlobalCacheCleanup();
    pModule->OnGlobalCacheOperation(NULL);
    pModule->OnGlobalHealthCheck();
    pModule->OnGlobalConfigurationChange(NULL);
    pModule->OnGlobalFileChange(NULL);
    pModule->OnGlobalPreBeginRequest(NULL);
    pModule->OnGlobalApplicationStart(NULL);
    pModule->OnGlobalApplicationResolveModules(NULL);
    pModule->OnGlobalApplicationStop(NULL);
    pModule->OnGlobalRSCAQuery(NULL);
    pModule->OnGlobalTraceEvent(NULL);
    pModule->OnGlobalCustomNotification(NULL);
    pModule->OnGlobalThreadCleanup(NULL);
    pModule->OnGlobalApplicationPreload(NULL);
    pModule->OnSuspendProcess(NULL);
}

static VOID CheckSampleModule(VOID)
{
    const DWORD dwAll =
        GL_STOP_LISTENING | GL_CACHE_CLEANUP | GL_CACHE_OPERATION | GL_HEALTH_CHECK |
        GL_CONFIGURATION_CHANGE | GL_FILE_CHANGE | GL_PRE_BEGIN_REQUEST | GL_APPLICATION_START |
        GL_APPLICATION_RESOLVE_MODULES | GL_APPLICATION_STOP | GL_RSCA_QUERY | GL_TRACE_EVENT |
        GL_CUSTOM_NOTIFICATION | GL_THREAD_CLEANUP | GL_APPLICATION_PRELOAD | GL_SUSPEND_PROCESS;

    FakeRegistrationInfo registration;
    PFN_REGISTERMODULE pfnRegisterModule = &RegisterModule;
    CHECK(pfnRegisterModule(10, &registration, NULL) == S_OK);
    CHECK(registration.pGlobalModule != NULL);
    CHECK(registration.dwGlobalNotifications == dwAll);
    CHECK(registration.dwPriorityNotification == GL_CACHE_OPERATION);
    CHECK(registration.pszPriority != NULL && wcscmp(registration.pszPriority, L"FIRST") == 0);
    if (registration.pGlobalModule == NULL)
    {
        return;
    }
    CGlobalModule* pModule = registration.pGlobalModule;

    FakeTokenKey tokenKey;
    FakeTokenEntry tokenEntry(&tokenKey);
    FakeCacheProvider tokenEvent(&tokenEntry);
    CHECK(pModule->OnGlobalCacheOperation(&tokenEvent) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_sampleObservations.cTokenEntries == 1);
    CHECK(g_sampleObservations.cbLastSid == sizeof(g_sid));
    CHECK(g_sampleObservations.hLastImpersonationToken == (HANDLE)0x1234);
    CHECK(g_sampleObservations.pszLastUserName != NULL &&
          wcscmp(g_sampleObservations.pszLastUserName, L"alice") == 0);

    FakeUriKey uriKey;
    FakeCacheRecordBase uriRecord(&uriKey);
    FakeCacheProvider uriEvent(&uriRecord);
    CHECK(uriKey.GetCacheName() != NULL && wcscmp(uriKey.GetCacheName(), URI_CACHE_NAME) == 0);
    CHECK(pModule->OnGlobalCacheOperation(&uriEvent) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_sampleObservations.cTokenEntries == 1);

    FireEveryNotification(pModule);
    CHECK(g_sampleObservations.dwNotificationsSeen == dwAll);

    pModule->Terminate();
    CHECK(g_sampleObservations.fTerminated);
}

class CNothingOverridden final : public CGlobalModule
{
public:
    VOID Terminate(VOID) override {}
};

static volatile sig_atomic_t g_breakpoints = 0;

static void CountBreakpoint(int)
{
    g_breakpoints = g_breakpoints + 1;
}

/* Each default body must write its message (checked by the Java test on stderr), break into the
 * debugger exactly once, and return GL_NOTIFICATION_CONTINUE. */
static VOID CheckDefaultBodies(VOID)
{
    CNothingOverridden module;
    CGlobalModule* pModule = &module;
    signal(SIGTRAP, CountBreakpoint);

    CHECK(pModule->OnGlobalStopListening(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 1);
    CHECK(pModule->OnGlobalCacheCleanup() == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 2);
    CHECK(pModule->OnGlobalCacheOperation(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 3);
    CHECK(pModule->OnGlobalHealthCheck() == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 4);
    CHECK(pModule->OnGlobalConfigurationChange(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 5);
    CHECK(pModule->OnGlobalFileChange(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 6);
    CHECK(pModule->OnGlobalPreBeginRequest(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 7);
    CHECK(pModule->OnGlobalApplicationStart(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 8);
    CHECK(pModule->OnGlobalApplicationResolveModules(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 9);
    CHECK(pModule->OnGlobalApplicationStop(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 10);
    CHECK(pModule->OnGlobalRSCAQuery(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 11);
    CHECK(pModule->OnGlobalTraceEvent(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 12);
    CHECK(pModule->OnGlobalCustomNotification(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 13);
    CHECK(pModule->OnGlobalThreadCleanup(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 14);
    CHECK(pModule->OnGlobalApplicationPreload(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 15);
    CHECK(pModule->OnSuspendProcess(NULL) == GL_NOTIFICATION_CONTINUE);
    CHECK(g_breakpoints == 16);

    signal(SIGTRAP, SIG_DFL);
}

int main(void)
{
    CheckSampleModule();
    CheckDefaultBodies();
    if (g_failures == 0)
    {
        fprintf(stdout, "all checks passed\n");
    }
    return g_failures == 0 ? 0 : 1;
}
