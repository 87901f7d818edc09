/*
 * A global module written the way the Microsoft samples write one (reference sections 3 and 8),
 * compiled by IisHeaderCompileTest against the test-double headers with every compiler jiis
 * targets: every CGlobalModule notification overridden with `override`, RegisterModule in the
 * exact PFN_REGISTERMODULE shape, the token-cache record downcast with dynamic_cast, and the
 * reference's constants checked at compile time (reference_assertions.h).
 */
#define _WINSOCKAPI_
#include <windows.h>
#include <sal.h>
#include <httptrace.h>
#include <httpserv.h>
#include <httpcach.h>

#include <new>
#include <wchar.h>

#include "reference_assertions.h"
#include "sample_observations.h"

SampleObservations g_sampleObservations;

static IHttpServer* g_pHttpServer = NULL;

static const DWORD kAllGlobalNotifications =
    GL_STOP_LISTENING | GL_CACHE_CLEANUP | GL_CACHE_OPERATION | GL_HEALTH_CHECK |
    GL_CONFIGURATION_CHANGE | GL_FILE_CHANGE | GL_PRE_BEGIN_REQUEST | GL_APPLICATION_START |
    GL_APPLICATION_RESOLVE_MODULES | GL_APPLICATION_STOP | GL_RSCA_QUERY | GL_TRACE_EVENT |
    GL_CUSTOM_NOTIFICATION | GL_THREAD_CLEANUP | GL_APPLICATION_PRELOAD | GL_SUSPEND_PROCESS;

static GLOBAL_NOTIFICATION_STATUS Seen(DWORD dwNotification)
{
    g_sampleObservations.dwNotificationsSeen |= dwNotification;
    return GL_NOTIFICATION_CONTINUE;
}

static VOID ObserveTokenEntry(IHttpTokenEntry* pTokenEntry, IHttpTokenKey* pTokenKey)
{
    g_sampleObservations.cTokenEntries++;
    g_sampleObservations.hLastImpersonationToken = pTokenEntry->GetImpersonationToken();
    PSID pSid = pTokenEntry->GetSid();
    g_sampleObservations.cbLastSid = (pSid != NULL && IsValidSid(pSid)) ? GetLengthSid(pSid) : 0;
    g_sampleObservations.pszLastUserName = pTokenKey != NULL ? pTokenKey->GetUserName() : NULL;
}

class CSampleGlobalModule final : public CGlobalModule
{
public:
    GLOBAL_NOTIFICATION_STATUS OnGlobalStopListening(
        IGlobalStopListeningProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_STOP_LISTENING);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalCacheCleanup(VOID) override
    {
        return Seen(GL_CACHE_CLEANUP);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalCacheOperation(ICacheProvider* pProvider) override
    {
        IHttpCacheSpecificData* pCacheRecord =
            pProvider != NULL ? pProvider->GetCacheRecord() : NULL;
        IHttpCacheKey* pCacheKey = pCacheRecord != NULL ? pCacheRecord->GetCacheKey() : NULL;
        if (pCacheKey != NULL)
        {
            PCWSTR pszCacheName = pCacheKey->GetCacheName();
            if (wcscmp(pszCacheName, TOKEN_CACHE_NAME) == 0)
            {
                IHttpTokenEntry* pTokenEntry = dynamic_cast<IHttpTokenEntry*>(pCacheRecord);
                if (pTokenEntry != NULL)
                {
                    ObserveTokenEntry(pTokenEntry, dynamic_cast<IHttpTokenKey*>(pCacheKey));
                }
            }
            else if (wcscmp(pszCacheName, FILE_CACHE_NAME) == 0)
            {
                IHttpFileInfo* pFileInfo = dynamic_cast<IHttpFileInfo*>(pCacheRecord);
                if (pFileInfo != NULL && pFileInfo->GetETag() == NULL)
                {
                    pProvider->SetErrorStatus(E_FAIL);
                }
            }
        }
        return Seen(GL_CACHE_OPERATION);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalHealthCheck(VOID) override
    {
        return Seen(GL_HEALTH_CHECK);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalConfigurationChange(
        IGlobalConfigurationChangeProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_CONFIGURATION_CHANGE);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalFileChange(IGlobalFileChangeProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_FILE_CHANGE);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_PRE_BEGIN_REQUEST);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationStart(
        IHttpApplicationStartProvider* pProvider) override
    {
        if (pProvider != NULL && g_pHttpServer != NULL)
        {
            IHttpApplication2* pApplication2 = NULL;
            if (SUCCEEDED(HttpGetExtendedInterface(
                    g_pHttpServer, pProvider->GetApplication(), &pApplication2)))
            {
                pApplication2->BeginApplicationWarmup();
            }
        }
        return Seen(GL_APPLICATION_START);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationResolveModules(
        IHttpApplicationResolveModulesProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_APPLICATION_RESOLVE_MODULES);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationStop(
        IHttpApplicationStopProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_APPLICATION_STOP);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalRSCAQuery(IGlobalRSCAQueryProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_RSCA_QUERY);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalTraceEvent(IGlobalTraceEventProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_TRACE_EVENT);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalCustomNotification(
        ICustomNotificationProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_CUSTOM_NOTIFICATION);
    }

    VOID Terminate(VOID) override
    {
        g_sampleObservations.fTerminated = TRUE;
        delete this;
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalThreadCleanup(
        IGlobalThreadCleanupProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_THREAD_CLEANUP);
    }

    GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationPreload(
        IGlobalApplicationPreloadProvider* pProvider) override
    {
        (void)pProvider;
        return Seen(GL_APPLICATION_PRELOAD);
    }

    GLOBAL_NOTIFICATION_STATUS OnSuspendProcess(IGlobalSuspendProcessCallback** pCallback) override
    {
        if (pCallback != NULL)
        {
            *pCallback = NULL;
        }
        return Seen(GL_SUSPEND_PROCESS);
    }
};

extern "C" HRESULT WINAPI RegisterModule(DWORD dwServerVersion,
                                         IHttpModuleRegistrationInfo* pModuleInfo,
                                         IHttpServer* pGlobalInfo)
{
    (void)dwServerVersion;
    g_pHttpServer = pGlobalInfo;

    CSampleGlobalModule* pModule = new (std::nothrow) CSampleGlobalModule();
    if (pModule == NULL)
    {
        return E_OUTOFMEMORY;
    }
    HRESULT hr = pModuleInfo->SetGlobalNotifications(pModule, kAllGlobalNotifications);
    if (FAILED(hr))
    {
        delete pModule;
        return hr;
    }
    return pModuleInfo->SetPriorityForGlobalNotification(GL_CACHE_OPERATION, PRIORITY_ALIAS_FIRST);
}

static_assert(SameType<decltype(&RegisterModule), PFN_REGISTERMODULE>::value,
              "RegisterModule must have the exact PFN_REGISTERMODULE type");
