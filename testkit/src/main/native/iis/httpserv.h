/*
 * TEST DOUBLE of the Windows SDK <httpserv.h> -- not Microsoft's header.
 *
 * Declares the IIS native-module API exactly as ../shared/reference/iis-native-api.md lists it
 * (classes, bases, IIDs, methods in declaration order with their signatures and default
 * arguments, constants, enums), so that module code compiled against it compiles unchanged
 * against the real SDK. The request-pipeline classes (reference section 11) are only
 * forward-declared. org.jiis.testkit.headers.IisHeaderConformanceTest keeps this file and the
 * reference in step.
 *
 * Used with g++ on Linux (with ../winshim) and with mingw-w64 / clang for Windows targets (with
 * their own <windows.h>). MSVC builds use the real SDK header.
 *
 * IIDs are attached with mingw-w64's __CRT_UUID_DECL instead of __declspec(uuid(...)), which GCC
 * does not understand; __uuidof(IHttpServer2) then works with every compiler above.
 */
#ifndef JIIS_TESTKIT_HTTPSERV_H
#define JIIS_TESTKIT_HTTPSERV_H

#ifndef __cplusplus
#error "httpserv.h declares C++ classes; include it from C++ only"
#endif

#include <windows.h>

/*
 * Types the interfaces name that the real SDK takes from <http.h>, <winsock2.h> and <ahadmin.h>.
 * Declared here, compatibly with mingw-w64's own definitions, rather than by including mingw's
 * <http.h>: after the samples' `#define _WINSOCKAPI_` its <winsock2.h> raises a #warning. The
 * interfaces only pass these by pointer or by value. mingw-w64 lacks HTTP_REQUEST_PROPERTY and
 * <ahadmin.h> (reference section 10); only their names matter here.
 */
typedef struct sockaddr* PSOCKADDR;
typedef struct _HTTP_DATA_CHUNK HTTP_DATA_CHUNK;
typedef ULONGLONG HTTP_OPAQUE_ID;
enum HTTP_REQUEST_PROPERTY : int;
struct IAppHostAdminManager;

/* Declared, never defined, by the SDK header as well. */
class IWpfSettings;
class IWorkerProcessFramework;

/* Defined in <httptrace.h>. */
struct HTTP_TRACE_CONFIGURATION;
struct HTTP_TRACE_EVENT;

/* ---- Constants and enums (reference section 4) ---- */

#define GL_STOP_LISTENING               0x00000002
#define GL_CACHE_CLEANUP                0x00000004
#define GL_CACHE_OPERATION              0x00000010
#define GL_HEALTH_CHECK                 0x00000020
#define GL_CONFIGURATION_CHANGE         0x00000040
#define GL_FILE_CHANGE                  0x00000080
#define GL_PRE_BEGIN_REQUEST            0x00000100
#define GL_APPLICATION_START            0x00000200
#define GL_APPLICATION_RESOLVE_MODULES  0x00000400
#define GL_APPLICATION_STOP             0x00000800
#define GL_RSCA_QUERY                   0x00001000
#define GL_TRACE_EVENT                  0x00002000
#define GL_CUSTOM_NOTIFICATION          0x00004000
#define GL_THREAD_CLEANUP               0x00008000
#define GL_APPLICATION_PRELOAD          0x00010000
#define GL_SUSPEND_PROCESS              0x00020000

#define RQ_BEGIN_REQUEST                    0x00000001
#define RQ_AUTHENTICATE_REQUEST             0x00000002
#define RQ_AUTHORIZE_REQUEST                0x00000004
#define RQ_RESOLVE_REQUEST_CACHE            0x00000008
#define RQ_MAP_REQUEST_HANDLER              0x00000010
#define RQ_ACQUIRE_REQUEST_STATE            0x00000020
#define RQ_PRE_EXECUTE_REQUEST_HANDLER      0x00000040
#define RQ_EXECUTE_REQUEST_HANDLER          0x00000080
#define RQ_RELEASE_REQUEST_STATE            0x00000100
#define RQ_UPDATE_REQUEST_CACHE             0x00000200
#define RQ_LOG_REQUEST                      0x00000400
#define RQ_END_REQUEST                      0x00000800
#define RQ_SEND_RESPONSE_STATUS_AND_HEADERS 0x08000000
#define RQ_CUSTOM_NOTIFICATION              0x10000000
#define RQ_SEND_RESPONSE                    0x20000000
#define RQ_READ_ENTITY                      0x40000000
#define RQ_MAP_PATH                         0x80000000

#define PRIORITY_ALIAS_FIRST    L"FIRST"
#define PRIORITY_ALIAS_HIGH     L"HIGH"
#define PRIORITY_ALIAS_MEDIUM   L"MEDIUM"
#define PRIORITY_ALIAS_LOW      L"LOW"
#define PRIORITY_ALIAS_LAST     L"LAST"

#define MODULE_REGISTERMODULE   "RegisterModule"

#define HTTP_USER_VARIABLE_SID          "SID"
#define HTTP_USER_VARIABLE_CTXT_HANDLE  "CtxtHandle"
#define HTTP_USER_VARIABLE_CRED_HANDLE  "CredHandle"

#define CLONE_FLAG_BASICS               0x01
#define CLONE_FLAG_HEADERS              0x02
#define CLONE_FLAG_ENTITY               0x04
#define CLONE_FLAG_NO_PRECONDITION      0x08
#define CLONE_FLAG_NO_DAV               0x10
#define CLONE_FLAG_USER_CACHE_VARY_BY   0x20
#define CLONE_FLAG_SERVER_VARIABLE      0x40

#define EXECUTE_FLAG_NO_HEADERS                 0x01
#define EXECUTE_FLAG_IGNORE_CURRENT_INTERCEPTOR 0x02
#define EXECUTE_FLAG_IGNORE_APPPOOL             0x04
#define EXECUTE_FLAG_DISABLE_CUSTOM_ERROR       0x08
#define EXECUTE_FLAG_SAME_URL                   0x10
#define EXECUTE_FLAG_BUFFER_RESPONSE            0x20
#define EXECUTE_FLAG_HTTP_CACHE_ELIGIBLE        0x40

enum GLOBAL_NOTIFICATION_STATUS
{
    GL_NOTIFICATION_CONTINUE,
    GL_NOTIFICATION_HANDLED
};

enum REQUEST_NOTIFICATION_STATUS
{
    RQ_NOTIFICATION_CONTINUE,
    RQ_NOTIFICATION_PENDING,
    RQ_NOTIFICATION_FINISH_REQUEST
};

enum CACHE_OPERATION
{
    CACHE_OPERATION_RETRIEVE,
    CACHE_OPERATION_ADD,
    CACHE_OPERATION_DELETE,
    CACHE_OPERATION_FLUSH_PREFIX,
    CACHE_OPERATION_ENUM
};

enum HTTP_SERVER_INTERFACE_VERSION
{
    HTTP_SERVER_INTERFACE_V2,
    HTTP_SERVER_INTERFACE_V3
};

enum HTTP_CONTEXT_INTERFACE_VERSION
{
};

typedef VOID* HTTP_MODULE_ID;

/* ---- Forward declarations ---- */

/* Request-pipeline classes (reference section 11): declared, not defined. */
class CHttpModule;
class IAuthenticationProvider;
class IDispensedHttpModuleContextContainer;
class IHttpCachePolicy;
class IHttpCachePolicy2;
class IHttpCompletionInfo;
class IHttpCompletionInfo2;
class IHttpConnection;
class IHttpConnectionModuleContextContainer;
class IHttpConnectionStoredContext;
class IHttpContext;
class IHttpContext2;
class IHttpContext3;
class IHttpContext4;
class IHttpModuleContextContainer;
class IHttpPerfCounterInfo;
class IHttpRequest;
class IHttpRequest2;
class IHttpRequest3;
class IHttpRequest4;
class IHttpResponse;
class IHttpResponse2;
class IHttpResponse3;
class IHttpResponse4;
class IHttpSite;
class IHttpStoredContext;
class IHttpUrlInfo;
class IHttpUser;
class IMapHandlerProvider;
class IMapPathProvider;
class IMetadataInfo;
class INamedContextContainer;
class IReadEntityProvider;
class IReferencedMetadataInfo;
class IScriptMapInfo;
class ISendResponseProvider;

__CRT_UUID_DECL(IAuthenticationProvider,
                0x304D51D0, 0x0307, 0x45ED, 0x83, 0xFD, 0xDD, 0x3F, 0xC0, 0x32, 0xFD, 0xFC)
__CRT_UUID_DECL(IDispensedHttpModuleContextContainer,
                0x2AE49359, 0x95DD, 0x4E48, 0xAE, 0x20, 0xC0, 0xCB, 0x9D, 0x0B, 0xC0, 0x3A)
__CRT_UUID_DECL(IHttpCachePolicy,
                0xCB1C40CA, 0x70F2, 0x41A0, 0xAD, 0xD2, 0x88, 0x1F, 0x5E, 0xF5, 0x73, 0x88)
__CRT_UUID_DECL(IHttpCachePolicy2,
                0x9F4BA807, 0x050E, 0x4495, 0xAE, 0x55, 0x88, 0x70, 0xF7, 0xE9, 0x19, 0x4A)
__CRT_UUID_DECL(IHttpCompletionInfo,
                0x49DD20E3, 0xD9C0, 0x463C, 0x88, 0x21, 0xF3, 0x41, 0x3B, 0x55, 0xCC, 0x00)
__CRT_UUID_DECL(IHttpCompletionInfo2,
                0x53129F70, 0x0196, 0x47EC, 0xB1, 0x6C, 0x12, 0x79, 0x06, 0xE2, 0xAF, 0xEB)
__CRT_UUID_DECL(IHttpConnection,
                0xD9A5DE00, 0x3346, 0x4599, 0x98, 0x26, 0xFE, 0x88, 0x56, 0x5E, 0x12, 0x26)
__CRT_UUID_DECL(IHttpConnectionModuleContextContainer,
                0xF3DD2FB3, 0x4D11, 0x4295, 0xB8, 0xAB, 0x4C, 0xB6, 0x67, 0xAD, 0xD1, 0xFE)
__CRT_UUID_DECL(IHttpConnectionStoredContext,
                0x841D9A71, 0x75F4, 0x4626, 0x8B, 0x97, 0x66, 0x04, 0x6C, 0xA7, 0xE4, 0x5B)
__CRT_UUID_DECL(IHttpContext,
                0x424C1B8C, 0xA1BA, 0x44D7, 0xAC, 0x98, 0x9F, 0x8F, 0x45, 0x77, 0x01, 0xA5)
__CRT_UUID_DECL(IHttpContext2,
                0xC986182C, 0xCF4A, 0x4482, 0x82, 0x05, 0x0D, 0xBB, 0xC1, 0xFD, 0x6C, 0xEE)
__CRT_UUID_DECL(IHttpContext3,
                0xBF53C022, 0xCA4B, 0x4349, 0xA3, 0x8E, 0xA4, 0xB7, 0x8A, 0xD8, 0x97, 0xFB)
__CRT_UUID_DECL(IHttpContext4,
                0x2C9463D8, 0x4EC4, 0x4622, 0x89, 0x17, 0xD4, 0x86, 0x32, 0x1A, 0x94, 0x43)
__CRT_UUID_DECL(IHttpModuleContextContainer,
                0xD7FAD7C9, 0xAA27, 0x4AB9, 0xBD, 0x60, 0xE5, 0x5C, 0xCB, 0xA3, 0xF5, 0xDC)
__CRT_UUID_DECL(IHttpPerfCounterInfo,
                0xBDFC4C4A, 0x12A4, 0x4744, 0x87, 0xD8, 0x76, 0x5E, 0xB3, 0x20, 0xC5, 0x9F)
__CRT_UUID_DECL(IHttpRequest,
                0xE8698F7E, 0x576E, 0x4CAC, 0xA3, 0x09, 0x67, 0x43, 0x53, 0x55, 0xFA, 0xEF)
__CRT_UUID_DECL(IHttpRequest2,
                0xD9244AE1, 0x51F8, 0x4AA1, 0xA6, 0x6D, 0x19, 0x27, 0x7C, 0x33, 0xE6, 0x10)
__CRT_UUID_DECL(IHttpRequest3,
                0xB32E4E0F, 0x4057, 0x4FEB, 0xAE, 0xAB, 0x7B, 0x69, 0xC0, 0x3C, 0x63, 0x14)
__CRT_UUID_DECL(IHttpRequest4,
                0x3816F517, 0xF631, 0x49F0, 0x8B, 0x51, 0x16, 0xD6, 0xF0, 0xC6, 0xFF, 0xB2)
__CRT_UUID_DECL(IHttpResponse,
                0x7E1C6B38, 0x628F, 0x4E6C, 0x95, 0xDC, 0x41, 0x23, 0x7E, 0xB7, 0xF9, 0x5E)
__CRT_UUID_DECL(IHttpResponse2,
                0x0822C871, 0xF14E, 0x4974, 0xA1, 0xE6, 0x5B, 0x3C, 0x1F, 0x09, 0xB7, 0x6A)
__CRT_UUID_DECL(IHttpResponse3,
                0x19578E49, 0xD080, 0x45DA, 0xB6, 0x73, 0x96, 0xCB, 0x47, 0x5D, 0x3C, 0x5D)
__CRT_UUID_DECL(IHttpResponse4,
                0x1A2ACC57, 0xCAE2, 0x4F28, 0xB4, 0xAB, 0x00, 0xC8, 0xF9, 0x6B, 0x12, 0xEC)
__CRT_UUID_DECL(IHttpSite,
                0xEB16A6EC, 0xBA5D, 0x436F, 0xBF, 0x24, 0x3E, 0xDE, 0x13, 0x90, 0x64, 0x50)
__CRT_UUID_DECL(IHttpStoredContext,
                0xF1927F76, 0x790E, 0x4CCB, 0xA7, 0x2E, 0x39, 0x6B, 0xDF, 0xDA, 0xE0, 0x5D)
__CRT_UUID_DECL(IHttpUrlInfo,
                0x7E0E6167, 0x0094, 0x49A1, 0x82, 0x87, 0xEC, 0xF6, 0xDC, 0x6E, 0x73, 0xA6)
__CRT_UUID_DECL(IHttpUser,
                0x8059E6F8, 0x10CE, 0x4D61, 0xB4, 0x7E, 0x5A, 0x1D, 0x8D, 0x9A, 0x8B, 0x67)
__CRT_UUID_DECL(IMapHandlerProvider,
                0xFEA3CE6B, 0xE346, 0x47E7, 0xB2, 0xA6, 0xAD, 0x26, 0x5B, 0xAE, 0xFF, 0x2C)
__CRT_UUID_DECL(IMapPathProvider,
                0x8EFDF557, 0xA8F1, 0x4BC9, 0xB4, 0x62, 0x6D, 0xF3, 0xB0, 0x38, 0xA5, 0x9A)
__CRT_UUID_DECL(IMetadataInfo,
                0x48B10633, 0x825D, 0x495E, 0x93, 0xB0, 0x22, 0x53, 0x80, 0x05, 0x3E, 0x8E)
__CRT_UUID_DECL(INamedContextContainer,
                0x16DB6F7C, 0x1A94, 0x47CA, 0xA8, 0xE8, 0xFE, 0xA6, 0x00, 0x5F, 0xF3, 0xBA)
__CRT_UUID_DECL(IReadEntityProvider,
                0xFE6D905A, 0x99B8, 0x49FD, 0xB3, 0x89, 0xCF, 0xC8, 0x09, 0x56, 0x2B, 0x81)
__CRT_UUID_DECL(IReferencedMetadataInfo,
                0x3FC5C336, 0x9AD7, 0x45EA, 0xAF, 0x2F, 0x31, 0xB5, 0x93, 0x02, 0xC9, 0xFE)
__CRT_UUID_DECL(IScriptMapInfo,
                0xD7FE3D77, 0x68BC, 0x4D4A, 0x85, 0x1F, 0xEE, 0xC9, 0xFB, 0x68, 0x01, 0x7C)
__CRT_UUID_DECL(ISendResponseProvider,
                0x57F2E7BC, 0x0BCF, 0x4A9F, 0x94, 0xA4, 0x10, 0xE5, 0x5C, 0x6E, 0x5B, 0x51)

/* Defined below. */
class IHttpModuleRegistrationInfo;
class IHttpModuleFactory;
class IModuleAllocator;
class IHttpServer;
class IHttpEventProvider;
class ICacheProvider;
class IHttpCacheKey;
class IHttpCacheSpecificData;
class IHttpTokenEntry;
class IHttpFileInfo;
class IHttpTraceContext;
class IGlobalStopListeningProvider;
class IGlobalConfigurationChangeProvider;
class IGlobalFileChangeProvider;
class IHttpFileMonitor;
class IPreBeginRequestProvider;
class IHttpApplicationProvider;
class IHttpApplicationResolveModulesProvider;
class IGlobalRSCAQueryProvider;
class IGlobalTraceEventProvider;
class ICustomNotificationProvider;
class IGlobalThreadCleanupProvider;
class IGlobalApplicationPreloadProvider;
class IGlobalSuspendProcessCallback;
class IHttpApplication;

typedef IHttpApplicationProvider IHttpApplicationStartProvider;
typedef IHttpApplicationProvider IHttpApplicationStopProvider;

typedef REQUEST_NOTIFICATION_STATUS (WINAPI * PFN_ASYNC_COMPLETION)(
    IHttpContext3*, IHttpCompletionInfo2*, VOID*);

/* ---- CGlobalModule (reference section 5) ---- */

/*
 * As in the SDK, every OnGlobal* has a default body that reports the missing override to the
 * debugger and breaks into it: an override whose signature differs silently becomes a new
 * method, and only this breakpoint reveals it. Mark overrides `override`.
 */
#define JIIS_TESTKIT_NOT_OVERRIDDEN(event, method)                                          \
    "CGlobalModule::" method " default body: the module subscribed to " event               \
    " but does not override " method " with the exact signature.\n"

class CGlobalModule
{
public:
    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalStopListening(
        IGlobalStopListeningProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_STOP_LISTENING", "OnGlobalStopListening"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalCacheCleanup(VOID)
    {
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN("GL_CACHE_CLEANUP", "OnGlobalCacheCleanup"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalCacheOperation(ICacheProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_CACHE_OPERATION", "OnGlobalCacheOperation"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalHealthCheck(VOID)
    {
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN("GL_HEALTH_CHECK", "OnGlobalHealthCheck"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalConfigurationChange(
        IGlobalConfigurationChangeProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_CONFIGURATION_CHANGE", "OnGlobalConfigurationChange"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalFileChange(IGlobalFileChangeProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN("GL_FILE_CHANGE", "OnGlobalFileChange"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalPreBeginRequest(IPreBeginRequestProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_PRE_BEGIN_REQUEST", "OnGlobalPreBeginRequest"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationStart(
        IHttpApplicationStartProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_APPLICATION_START", "OnGlobalApplicationStart"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationResolveModules(
        IHttpApplicationResolveModulesProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_APPLICATION_RESOLVE_MODULES", "OnGlobalApplicationResolveModules"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationStop(
        IHttpApplicationStopProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_APPLICATION_STOP", "OnGlobalApplicationStop"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalRSCAQuery(IGlobalRSCAQueryProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN("GL_RSCA_QUERY", "OnGlobalRSCAQuery"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalTraceEvent(IGlobalTraceEventProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN("GL_TRACE_EVENT", "OnGlobalTraceEvent"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalCustomNotification(
        ICustomNotificationProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_CUSTOM_NOTIFICATION", "OnGlobalCustomNotification"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual VOID Terminate(VOID) = 0;

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalThreadCleanup(
        IGlobalThreadCleanupProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_THREAD_CLEANUP", "OnGlobalThreadCleanup"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnGlobalApplicationPreload(
        IGlobalApplicationPreloadProvider* pProvider)
    {
        (void)pProvider;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN(
            "GL_APPLICATION_PRELOAD", "OnGlobalApplicationPreload"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }

    virtual GLOBAL_NOTIFICATION_STATUS OnSuspendProcess(IGlobalSuspendProcessCallback** pCallback)
    {
        (void)pCallback;
        OutputDebugStringA(JIIS_TESTKIT_NOT_OVERRIDDEN("GL_SUSPEND_PROCESS", "OnSuspendProcess"));
        DebugBreak();
        return GL_NOTIFICATION_CONTINUE;
    }
};

#undef JIIS_TESTKIT_NOT_OVERRIDDEN

/* ---- Registration (reference section 6) ---- */

class IHttpModuleRegistrationInfo
{
public:
    virtual PCWSTR GetName(VOID) const = 0;
    virtual HTTP_MODULE_ID GetId(VOID) const = 0;
    virtual HRESULT SetRequestNotifications(
        IHttpModuleFactory* pModuleFactory, DWORD dwRequestNotifications,
        DWORD dwPostRequestNotifications) = 0;
    virtual HRESULT SetGlobalNotifications(
        CGlobalModule* pGlobalModule, DWORD dwGlobalNotifications) = 0;
    virtual HRESULT SetPriorityForRequestNotification(
        DWORD dwRequestNotification, PCWSTR pszPriority) = 0;
    virtual HRESULT SetPriorityForGlobalNotification(
        DWORD dwGlobalNotification, PCWSTR pszPriority) = 0;
};
__CRT_UUID_DECL(IHttpModuleRegistrationInfo,
                0x07E5BEB3, 0xB798, 0x459D, 0xA9, 0x8A, 0xE6, 0xC4, 0x85, 0xB2, 0xB3, 0xBC)

class IHttpModuleRegistrationInfo2 : public IHttpModuleRegistrationInfo
{
public:
    virtual HRESULT SetPriorityForPostRequestNotification(
        DWORD dwPostRequestNotification, PCWSTR pszPriority) = 0;
};
__CRT_UUID_DECL(IHttpModuleRegistrationInfo2,
                0x4FD11CBF, 0x8CC5, 0x418E, 0x80, 0x00, 0xC9, 0xE7, 0x65, 0xF8, 0x85, 0x33)

class IHttpModuleFactory
{
public:
    virtual HRESULT GetHttpModule(CHttpModule** ppModule, IModuleAllocator* pAllocator) = 0;
    virtual VOID Terminate(VOID) = 0;
};
__CRT_UUID_DECL(IHttpModuleFactory,
                0xBA32D330, 0x9EA8, 0x4B9E, 0x89, 0xF1, 0x8C, 0x76, 0xA3, 0x23, 0x27, 0x7F)

class IModuleAllocator
{
public:
    virtual VOID* AllocateMemory(DWORD cbAllocation) = 0;
};
__CRT_UUID_DECL(IModuleAllocator,
                0x85C1679C, 0x0B21, 0x491C, 0xAF, 0xB5, 0xC7, 0xB5, 0xC8, 0x64, 0x64, 0xC4)

/* ---- IHttpServer (reference section 7) ---- */

/* IHttpServer2::GetExtendedInterface adds a slot and hides the IHttpServer overload, as in the
 * SDK (reference section 2). GCC reports the hiding at the base declaration, so the exemption
 * spans both classes and nothing else. */
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Woverloaded-virtual"

class IHttpServer
{
public:
    virtual BOOL IsCommandLineLaunch(VOID) const = 0;
    virtual PCWSTR GetAppPoolName(VOID) const = 0;
    virtual HRESULT AssociateWithThreadPool(
        HANDLE hHandle, LPOVERLAPPED_COMPLETION_ROUTINE completionRoutine) = 0;
    virtual VOID IncrementThreadCount(VOID) = 0;
    virtual VOID DecrementThreadCount(VOID) = 0;
    virtual VOID ReportUnhealthy(PCWSTR pszReasonString, HRESULT hrReason) = 0;
    virtual VOID RecycleProcess(PCWSTR pszReason) = 0;
    virtual IAppHostAdminManager* GetAdminManager(VOID) const = 0;
    virtual HRESULT GetFileInfo(
        PCWSTR pszPhysicalPath, HANDLE hUserToken, PSID pSid, PCWSTR pszChangeNotificationPath,
        HANDLE hChangeNotificationToken, BOOL fCache, IHttpFileInfo** ppFileInfo,
        IHttpTraceContext* pHttpTraceContext = NULL) = 0;
    virtual HRESULT FlushKernelCache(PCWSTR pszUrl) = 0;
    virtual HRESULT DoCacheOperation(
        CACHE_OPERATION cacheOperation, IHttpCacheKey* pCacheKey,
        IHttpCacheSpecificData** ppCacheSpecificData,
        IHttpTraceContext* pHttpTraceContext = NULL) = 0;
    virtual GLOBAL_NOTIFICATION_STATUS NotifyCustomNotification(
        ICustomNotificationProvider* pCustomOutput) = 0;
    virtual IHttpPerfCounterInfo* GetPerfCounterInfo(VOID) = 0;
    virtual VOID RecycleApplication(PCWSTR pszAppConfigPath) = 0;
    virtual VOID NotifyConfigurationChange(PCWSTR pszPath) = 0;
    virtual VOID NotifyFileChange(PCWSTR pszFileName) = 0;
    virtual IDispensedHttpModuleContextContainer* DispenseContainer(VOID) = 0;
    virtual HRESULT AddFragmentToCache(HTTP_DATA_CHUNK* pDataChunk, PCWSTR pszFragmentName) = 0;
    virtual HRESULT ReadFragmentFromCache(
        PCWSTR pszFragmentName, BYTE* pvBuffer, DWORD cbSize, DWORD* pcbCopied) = 0;
    virtual HRESULT RemoveFragmentFromCache(PCWSTR pszFragmentName) = 0;
    virtual HRESULT GetWorkerProcessSettings(IWpfSettings** ppWorkerProcessSettings) = 0;
    virtual HRESULT GetProtocolManagerCustomInterface(
        PCWSTR pProtocolManagerDll, PCWSTR pProtocolManagerDllInitFunction,
        DWORD dwCustomInterfaceId, PVOID* ppCustomInterface) = 0;
    virtual BOOL SatisfiesPrecondition(
        PCWSTR pszPrecondition, BOOL* pfUnknownPrecondition = NULL) const = 0;
    virtual IHttpTraceContext* GetTraceContext(VOID) const = 0;
    virtual HRESULT RegisterFileChangeMonitor(
        PCWSTR pszPath, HANDLE hToken, IHttpFileMonitor** ppFileMonitor) = 0;
    virtual HRESULT GetExtendedInterface(
        HTTP_SERVER_INTERFACE_VERSION version, PVOID* ppInterface) = 0;
};
__CRT_UUID_DECL(IHttpServer,
                0xEDA2A40F, 0xFB92, 0x4D6D, 0xB5, 0x2B, 0xC8, 0xC2, 0x07, 0x38, 0x0B, 0x4E)

class IHttpServer2 : public IHttpServer
{
public:
    virtual HRESULT GetToken(
        PCWSTR pszUserName, PCWSTR pszPassword, DWORD dwLogonMethod,
        IHttpTokenEntry** ppTokenEntry, PCWSTR pszDefaultDomain = NULL, PSOCKADDR pSockAddr = NULL,
        IHttpTraceContext* pHttpTraceContext = NULL) = 0;
    virtual PCWSTR GetAppPoolConfigFile(DWORD* pcchConfigFilePath = NULL) const = 0;
    virtual HRESULT GetExtendedInterface(
        const GUID& Version1, PVOID pInput, const GUID& Version2, PVOID* ppOutput) = 0;
    virtual HRESULT GetMetadata(
        PCWSTR pszSiteName, PCWSTR pszUrl, IReferencedMetadataInfo** ppMetadataInfo) = 0;
    virtual HRESULT GetWorkerProcessFramework(
        IWorkerProcessFramework** ppWorkerProcessFramework) = 0;
};
__CRT_UUID_DECL(IHttpServer2,
                0x34AF637E, 0xAFE8, 0x4556, 0xBC, 0xC1, 0x76, 0x7F, 0x8E, 0x0B, 0x4A, 0x4E)

#pragma GCC diagnostic pop

class IHttpServer3 : public IHttpServer2
{
public:
    virtual HRESULT QueryRequestProperty(
        HTTP_OPAQUE_ID id, HTTP_REQUEST_PROPERTY propertyId, PVOID pQualifier, ULONG qualifierSize,
        PVOID pOutput, ULONG outputBufferSize,
        PULONG pcbBytesReturned, LPOVERLAPPED pOverlapped) = 0;
};
__CRT_UUID_DECL(IHttpServer3,
                0xF7A66D59, 0xC0A2, 0x48B5, 0xA8, 0x8F, 0xBE, 0x59, 0x75, 0xC9, 0x60, 0xFB)

/* ---- Cache-related interfaces (reference section 8) ---- */

class IHttpEventProvider
{
public:
    virtual VOID SetErrorStatus(HRESULT hrError) = 0;
};
__CRT_UUID_DECL(IHttpEventProvider,
                0x6F3F657D, 0x2FB8, 0x43C6, 0xA0, 0x96, 0x50, 0x64, 0xB4, 0x1F, 0x05, 0x80)

class ICacheProvider : public IHttpEventProvider
{
public:
    virtual CACHE_OPERATION GetCacheOperation(VOID) const = 0;
    virtual IHttpCacheKey* GetCacheKey(VOID) const = 0;
    virtual IHttpCacheSpecificData* GetCacheRecord(VOID) const = 0;
    virtual VOID SetCacheRecord(IHttpCacheSpecificData* pCacheRecord) = 0;
    virtual IHttpTraceContext* GetTraceContext(VOID) const = 0;
};
__CRT_UUID_DECL(ICacheProvider,
                0x58925FB9, 0x7C5E, 0x4684, 0x83, 0x3B, 0x4A, 0x04, 0xE1, 0x28, 0x66, 0x90)

class IHttpCacheKey
{
public:
    virtual DWORD GetHash(VOID) const = 0;
    virtual PCWSTR GetCacheName(VOID) const = 0;
    virtual bool GetIsEqual(IHttpCacheKey* pCacheCompareKey) const = 0;
    virtual bool GetIsPrefix(IHttpCacheKey* pCacheCompareKey) const = 0;
    virtual VOID Enum(IHttpCacheSpecificData* pCacheData) = 0;
};
__CRT_UUID_DECL(IHttpCacheKey,
                0xCDEF2AAD, 0x20B3, 0x4512, 0xB1, 0xB1, 0x09, 0x4B, 0x38, 0x44, 0xAE, 0xB2)

class IHttpCacheSpecificData
{
public:
    virtual IHttpCacheKey* GetCacheKey(VOID) const = 0;
    virtual VOID ReferenceCacheData(VOID) = 0;
    virtual VOID DereferenceCacheData(VOID) = 0;
    virtual VOID ResetTTL(VOID) = 0;
    virtual VOID DecrementTTL(BOOL* pfTTLExpired) = 0;
    virtual VOID SetFlushed(VOID) = 0;
    virtual BOOL GetFlushed(VOID) const = 0;
};
__CRT_UUID_DECL(IHttpCacheSpecificData,
                0x37776AFF, 0x852E, 0x4EEC, 0x93, 0xA5, 0xB8, 0x5A, 0x28, 0x5A, 0x95, 0xB8)

class IHttpTokenEntry : public IHttpCacheSpecificData
{
public:
    virtual HANDLE GetImpersonationToken(VOID) = 0;
    virtual HANDLE GetPrimaryToken(VOID) = 0;
    virtual PSID GetSid(VOID) = 0;
};
__CRT_UUID_DECL(IHttpTokenEntry,
                0xFD86E6DE, 0xFB0E, 0x47DD, 0x82, 0x0A, 0xE0, 0xDA, 0x12, 0xBE, 0x46, 0xE9)

class IHttpFileInfo : public IHttpCacheSpecificData
{
public:
    virtual DWORD GetAttributes(VOID) const = 0;
    virtual VOID GetSize(ULARGE_INTEGER* pliSize) const = 0;
    virtual const BYTE* GetFileBuffer(VOID) const = 0;
    virtual HANDLE GetFileHandle(VOID) const = 0;
    virtual PCWSTR GetFilePath(VOID) const = 0;
    virtual PCSTR GetETag(USHORT* pcchETag = NULL) const = 0;
    virtual VOID GetLastModifiedTime(FILETIME* pFileTime) const = 0;
    virtual PCSTR GetLastModifiedString(VOID) const = 0;
    virtual BOOL GetHttpCacheAllowed(DWORD* pSecondsToLive) const = 0;
    virtual HRESULT AccessCheck(HANDLE hUserToken, PSID pUserSid) = 0;
    virtual HANDLE GetVrToken(VOID) const = 0;
    virtual PCWSTR GetVrPath(VOID) const = 0;
    virtual IHttpModuleContextContainer* GetModuleContextContainer(VOID) = 0;
    virtual BOOL CheckIfFileHasChanged(HANDLE hUserToken) = 0;
};
__CRT_UUID_DECL(IHttpFileInfo,
                0x71E95595, 0x8C74, 0x44D9, 0x88, 0xA9, 0xF5, 0x11, 0x2D, 0x5F, 0x59, 0x00)

class IHttpTraceContext
{
public:
    virtual HRESULT GetTraceConfiguration(HTTP_TRACE_CONFIGURATION* pHttpTraceConfiguration) = 0;
    virtual HRESULT SetTraceConfiguration(
        HTTP_MODULE_ID moduleId, HTTP_TRACE_CONFIGURATION* pHttpTraceConfiguration,
        DWORD cHttpTraceConfiguration = 1) = 0;
    virtual HRESULT RaiseTraceEvent(HTTP_TRACE_EVENT* pTraceEvent) = 0;
    virtual LPCGUID GetTraceActivityId(VOID) = 0;
    virtual HRESULT QuickTrace(
        PCWSTR pszData1, PCWSTR pszData2 = NULL, HRESULT hrLastError = S_OK, UCHAR Level = 4) = 0;
};
__CRT_UUID_DECL(IHttpTraceContext,
                0x9F9098D5, 0x915C, 0x4294, 0xA5, 0x2E, 0x66, 0x53, 0x2A, 0x23, 0x2B, 0xC9)

/* ---- Providers of the other global events (reference section 9) ---- */

class IGlobalStopListeningProvider : public IHttpEventProvider
{
public:
    virtual BOOL DrainRequestsGracefully(VOID) const = 0;
};
__CRT_UUID_DECL(IGlobalStopListeningProvider,
                0x41F9A601, 0xE25D, 0x4AC8, 0x8A, 0x1F, 0x63, 0x56, 0x98, 0xA3, 0x0A, 0xB9)

class IGlobalConfigurationChangeProvider : public IHttpEventProvider
{
public:
    virtual PCWSTR GetChangePath(VOID) const = 0;
};
__CRT_UUID_DECL(IGlobalConfigurationChangeProvider,
                0x3405F3B4, 0xB3D6, 0x4B73, 0xB5, 0xF5, 0x4D, 0x8A, 0x3C, 0xC6, 0x42, 0xCE)

class IGlobalFileChangeProvider : public IHttpEventProvider
{
public:
    virtual PCWSTR GetFileName(VOID) const = 0;
    virtual IHttpFileMonitor* GetFileMonitor(VOID) = 0;
};
__CRT_UUID_DECL(IGlobalFileChangeProvider,
                0xECE31EE5, 0x0486, 0x4FB0, 0xA8, 0x75, 0x67, 0x39, 0xA2, 0xD7, 0xDA, 0xF5)

class IHttpFileMonitor
{
public:
    virtual IHttpModuleContextContainer* GetModuleContextContainer(VOID) = 0;
    virtual VOID DereferenceFileMonitor(VOID) = 0;
};
__CRT_UUID_DECL(IHttpFileMonitor,
                0x985422DA, 0xB0CF, 0x473B, 0xBA, 0x9E, 0x81, 0x48, 0xCE, 0xB3, 0xE2, 0x40)

class IPreBeginRequestProvider : public IHttpEventProvider
{
public:
    virtual IHttpContext* GetHttpContext(VOID) = 0;
};
__CRT_UUID_DECL(IPreBeginRequestProvider,
                0xFB715D26, 0xAFF9, 0x476A, 0x8F, 0xC0, 0x6B, 0x1A, 0xCB, 0x3D, 0x10, 0x98)

class IHttpApplicationProvider : public IHttpEventProvider
{
public:
    virtual IHttpApplication* GetApplication(VOID) = 0;
};
__CRT_UUID_DECL(IHttpApplicationProvider,
                0x1DE2C71C, 0xC126, 0x4512, 0xAE, 0xD3, 0xF4, 0xF8, 0x85, 0xE1, 0x49, 0x97)

class IHttpApplicationResolveModulesProvider : public IHttpApplicationProvider
{
public:
    virtual HRESULT RegisterModule(
        HTTP_MODULE_ID parentModuleId, IHttpModuleFactory* pModuleFactory, PCWSTR pszModuleName,
        PCWSTR pszModuleType, PCWSTR pszModulePreCondition, DWORD dwRequestNotifications,
        DWORD dwPostRequestNotifications) = 0;
    virtual HRESULT SetPriorityForRequestNotification(
        PCWSTR pszModuleName, DWORD dwRequestNotification, PCWSTR pszPriorityAlias) = 0;
};
__CRT_UUID_DECL(IHttpApplicationResolveModulesProvider,
                0x0617D9B9, 0xE20F, 0x4A9F, 0x94, 0xF9, 0x35, 0x40, 0x3B, 0x3B, 0xE0, 0x1E)

class IGlobalRSCAQueryProvider : public IHttpEventProvider
{
public:
    virtual PCWSTR GetFunctionName(VOID) const = 0;
    virtual PCWSTR GetFunctionParameters(VOID) const = 0;
    virtual HRESULT GetOutputBuffer(DWORD cbBuffer, BYTE** ppbBuffer) = 0;
    virtual HRESULT ResizeOutputBuffer(
        DWORD cbNewBuffer, DWORD cbBytesToCopy, BYTE** ppbBuffer) = 0;
    virtual VOID SetResult(DWORD cbData, HRESULT hr) = 0;
};
__CRT_UUID_DECL(IGlobalRSCAQueryProvider,
                0x63FDC43F, 0x934A, 0x4EE5, 0xBC, 0xD8, 0x7E, 0x7B, 0x50, 0xB7, 0x56, 0x05)

class IGlobalTraceEventProvider : public IHttpEventProvider
{
public:
    virtual HRESULT GetTraceEvent(HTTP_TRACE_EVENT** ppTraceEvent) = 0;
    virtual BOOL CheckSubscription(HTTP_MODULE_ID ModuleId) = 0;
    virtual HRESULT GetCurrentHttpRequestContext(IHttpContext** ppHttpContext) = 0;
};
__CRT_UUID_DECL(IGlobalTraceEventProvider,
                0x7C6BB150, 0x0310, 0x4718, 0xA0, 0x1F, 0x6F, 0xAC, 0xEB, 0x62, 0xDC, 0x1D)

class ICustomNotificationProvider : public IHttpEventProvider
{
public:
    virtual PCWSTR QueryNotificationType(VOID) = 0;
};
__CRT_UUID_DECL(ICustomNotificationProvider,
                0x671E6D34, 0x9380, 0x4DF4, 0xB4, 0x53, 0x91, 0x12, 0x9D, 0xF0, 0x2B, 0x24)

class IGlobalThreadCleanupProvider : public IHttpEventProvider
{
public:
    virtual IHttpApplication* GetApplication(VOID) = 0;
};
__CRT_UUID_DECL(IGlobalThreadCleanupProvider,
                0x6B36A149, 0x8620, 0x45A0, 0x81, 0x97, 0x00, 0x81, 0x4A, 0x70, 0x6E, 0x2E)

class IGlobalApplicationPreloadProvider : public IHttpEventProvider
{
public:
    virtual HRESULT CreateContext(IHttpContext** ppHttpContext) = 0;
    virtual HRESULT ExecuteRequest(IHttpContext* pHttpContext, IHttpUser* pHttpUser) = 0;
};
__CRT_UUID_DECL(IGlobalApplicationPreloadProvider,
                0x2111F8D6, 0x0C41, 0x4FF7, 0xBD, 0x45, 0x5C, 0x04, 0xC7, 0xE9, 0x1A, 0x73)

class IGlobalApplicationPreloadProvider2 : public IGlobalApplicationPreloadProvider
{
public:
    virtual BOOL IsProcessRecycled(VOID) const = 0;
};
__CRT_UUID_DECL(IGlobalApplicationPreloadProvider2,
                0x251DB2DD, 0x81E7, 0x44CE, 0xAE, 0x02, 0x46, 0x52, 0x9F, 0x2D, 0x71, 0xEA)

class IGlobalSuspendProcessCallback : public IHttpEventProvider
{
public:
    virtual HRESULT Resume(VOID) = 0;
};
__CRT_UUID_DECL(IGlobalSuspendProcessCallback,
                0x7FD8F303, 0x1031, 0x4E50, 0x91, 0x8A, 0xB7, 0xB9, 0x16, 0xFD, 0x6C, 0x54)

class IHttpApplication
{
public:
    virtual PCWSTR GetApplicationPhysicalPath(VOID) const = 0;
    virtual PCWSTR GetApplicationId(VOID) const = 0;
    virtual PCWSTR GetAppConfigPath(VOID) const = 0;
    virtual IHttpModuleContextContainer* GetModuleContextContainer(VOID) = 0;
};
__CRT_UUID_DECL(IHttpApplication,
                0x3F75D9E6, 0x1075, 0x422C, 0xAD, 0x89, 0x93, 0xA8, 0x5F, 0x2D, 0x7B, 0xDC)

class IHttpApplication2 : public IHttpApplication
{
public:
    virtual VOID BeginApplicationWarmup(VOID) = 0;
    virtual VOID EndApplicationWarmup(VOID) = 0;
    virtual BOOL QueryIsWarmingUp(VOID) = 0;
};
__CRT_UUID_DECL(IHttpApplication2,
                0x311A3B7A, 0xB673, 0x4A1C, 0x83, 0x49, 0x2E, 0x98, 0xA2, 0x3C, 0xAD, 0xCB)

typedef HRESULT (WINAPI * PFN_REGISTERMODULE)(
    DWORD dwServerVersion,
    IHttpModuleRegistrationInfo* pModuleInfo,
    IHttpServer* pGlobalInfo);

/* Obtains IHttpServer2 from the server, then asks it for the HttpType2 extension of pInput. */
template <class HttpType1, class HttpType2>
HRESULT HttpGetExtendedInterface(IHttpServer* pHttpServer, HttpType1* pInput, HttpType2** ppOutput)
{
    IHttpServer2* pHttpServer2 = NULL;
    HRESULT hr = pHttpServer->GetExtendedInterface(
        HTTP_SERVER_INTERFACE_V2, reinterpret_cast<PVOID*>(&pHttpServer2));
    if (SUCCEEDED(hr))
    {
        hr = pHttpServer2->GetExtendedInterface(
            __uuidof(HttpType1), pInput, __uuidof(HttpType2), reinterpret_cast<PVOID*>(ppOutput));
    }
    return hr;
}

#endif /* JIIS_TESTKIT_HTTPSERV_H */
