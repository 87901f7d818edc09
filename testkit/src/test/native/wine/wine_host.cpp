// jiis-wine-host: a minimal IIS stand-in for Windows (built with mingw-w64, run under wine64) that
// loads an IIS global module DLL the way IIS does and drives it through one short life:
// RegisterModule on a 512 KB thread, one OnGlobalCacheOperation (a provider without key or
// record) if a CGlobalModule was registered, then Terminate. It exports jiis_host_event_log, as
// jiis-host does on Linux, so the jiis runtime's Win32 code path logs to it.
//
//   jiis-wine-host <module.dll>     (a name without a folder is looked up beside this .exe)
//
// Output, one line each, in order:
//   log|<source>|<level>|<message, line breaks written as \n>
//   call|<IIS method the module called>|<arguments>
//   registered|hr=0x%08X|globalModule=<0|1>|mask=0x%08X
//   event|OnGlobalCacheOperation|status=<n>
//   terminated
// Exit status: 0 after a complete run, 2 if the module cannot be loaded or has no RegisterModule.
#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#include <windows.h>
#include <httpserv.h>
#include <httpcach.h>

#include <stdio.h>
#include <string.h>
#include <wchar.h>

namespace {

const SIZE_T kIisThreadStackBytes = 512 * 1024;

CRITICAL_SECTION g_output;

void printEscaped(const char* text) {
  for (const char* c = text; *c != '\0'; c++) {
    if (*c == '\n') {
      fputs("\\n", stdout);
    } else if (*c != '\r') {
      fputc(*c, stdout);
    }
  }
}

void printCall(const char* method, const char* arguments) {
  EnterCriticalSection(&g_output);
  printf("call|%s|%s\n", method, arguments);
  fflush(stdout);
  LeaveCriticalSection(&g_output);
}

class Registration final : public IHttpModuleRegistrationInfo {
 public:
  PCWSTR GetName(VOID) const override { return L"WineHostModule"; }
  HTTP_MODULE_ID GetId(VOID) const override { return const_cast<Registration*>(this); }
  HRESULT SetRequestNotifications(IHttpModuleFactory*, DWORD, DWORD) override {
    printCall("SetRequestNotifications", "");
    return E_NOTIMPL;
  }
  HRESULT SetGlobalNotifications(CGlobalModule* module, DWORD mask) override {
    char arguments[64];
    snprintf(arguments, sizeof arguments, "mask=0x%08lX", static_cast<unsigned long>(mask));
    printCall("SetGlobalNotifications", arguments);
    if (module == NULL) return E_INVALIDARG;
    globalModule = module;
    notifications = mask;
    return S_OK;
  }
  HRESULT SetPriorityForRequestNotification(DWORD, PCWSTR) override {
    printCall("SetPriorityForRequestNotification", "");
    return E_NOTIMPL;
  }
  HRESULT SetPriorityForGlobalNotification(DWORD notification, PCWSTR priority) override {
    char arguments[128];
    snprintf(arguments, sizeof arguments, "notification=0x%08lX priority=%ls",
             static_cast<unsigned long>(notification), priority != NULL ? priority : L"(null)");
    printCall("SetPriorityForGlobalNotification", arguments);
    return S_OK;
  }

  CGlobalModule* globalModule = NULL;
  DWORD notifications = 0;
};

// Every IHttpServer method is answered as "not available here" and written down.
class Server final : public IHttpServer {
 public:
  BOOL IsCommandLineLaunch(VOID) const override { return note("IsCommandLineLaunch"), TRUE; }
  PCWSTR GetAppPoolName(VOID) const override { return note("GetAppPoolName"), L"DefaultAppPool"; }
  HRESULT AssociateWithThreadPool(HANDLE, LPOVERLAPPED_COMPLETION_ROUTINE) override {
    return notImplemented("AssociateWithThreadPool");
  }
  VOID IncrementThreadCount(VOID) override { note("IncrementThreadCount"); }
  VOID DecrementThreadCount(VOID) override { note("DecrementThreadCount"); }
  VOID ReportUnhealthy(PCWSTR, HRESULT) override { note("ReportUnhealthy"); }
  VOID RecycleProcess(PCWSTR) override { note("RecycleProcess"); }
  IAppHostAdminManager* GetAdminManager(VOID) const override {
    return note("GetAdminManager"), static_cast<IAppHostAdminManager*>(NULL);
  }
  HRESULT GetFileInfo(PCWSTR, HANDLE, PSID, PCWSTR, HANDLE, BOOL, IHttpFileInfo** ppFileInfo,
                      IHttpTraceContext*) override {
    if (ppFileInfo != NULL) *ppFileInfo = NULL;
    return notImplemented("GetFileInfo");
  }
  HRESULT FlushKernelCache(PCWSTR) override { return notImplemented("FlushKernelCache"); }
  HRESULT DoCacheOperation(CACHE_OPERATION, IHttpCacheKey*, IHttpCacheSpecificData** ppData,
                           IHttpTraceContext*) override {
    if (ppData != NULL) *ppData = NULL;
    return notImplemented("DoCacheOperation");
  }
  GLOBAL_NOTIFICATION_STATUS NotifyCustomNotification(ICustomNotificationProvider*) override {
    return note("NotifyCustomNotification"), GL_NOTIFICATION_CONTINUE;
  }
  IHttpPerfCounterInfo* GetPerfCounterInfo(VOID) override {
    return note("GetPerfCounterInfo"), static_cast<IHttpPerfCounterInfo*>(NULL);
  }
  VOID RecycleApplication(PCWSTR) override { note("RecycleApplication"); }
  VOID NotifyConfigurationChange(PCWSTR) override { note("NotifyConfigurationChange"); }
  VOID NotifyFileChange(PCWSTR) override { note("NotifyFileChange"); }
  IDispensedHttpModuleContextContainer* DispenseContainer(VOID) override {
    return note("DispenseContainer"), static_cast<IDispensedHttpModuleContextContainer*>(NULL);
  }
  HRESULT AddFragmentToCache(HTTP_DATA_CHUNK*, PCWSTR) override {
    return notImplemented("AddFragmentToCache");
  }
  HRESULT ReadFragmentFromCache(PCWSTR, BYTE*, DWORD, DWORD* pcbCopied) override {
    if (pcbCopied != NULL) *pcbCopied = 0;
    return notImplemented("ReadFragmentFromCache");
  }
  HRESULT RemoveFragmentFromCache(PCWSTR) override {
    return notImplemented("RemoveFragmentFromCache");
  }
  HRESULT GetWorkerProcessSettings(IWpfSettings** ppSettings) override {
    if (ppSettings != NULL) *ppSettings = NULL;
    return notImplemented("GetWorkerProcessSettings");
  }
  HRESULT GetProtocolManagerCustomInterface(PCWSTR, PCWSTR, DWORD, PVOID* ppInterface) override {
    if (ppInterface != NULL) *ppInterface = NULL;
    return notImplemented("GetProtocolManagerCustomInterface");
  }
  BOOL SatisfiesPrecondition(PCWSTR, BOOL* pfUnknown) const override {
    if (pfUnknown != NULL) *pfUnknown = TRUE;
    return note("SatisfiesPrecondition"), FALSE;
  }
  IHttpTraceContext* GetTraceContext(VOID) const override {
    return note("GetTraceContext"), static_cast<IHttpTraceContext*>(NULL);
  }
  HRESULT RegisterFileChangeMonitor(PCWSTR, HANDLE, IHttpFileMonitor** ppMonitor) override {
    if (ppMonitor != NULL) *ppMonitor = NULL;
    return notImplemented("RegisterFileChangeMonitor");
  }
  HRESULT GetExtendedInterface(HTTP_SERVER_INTERFACE_VERSION, PVOID* ppInterface) override {
    if (ppInterface != NULL) *ppInterface = NULL;
    return notImplemented("GetExtendedInterface");
  }

 private:
  static void note(const char* method) { printCall(method, ""); }
  static HRESULT notImplemented(const char* method) {
    printCall(method, "E_NOTIMPL");
    return E_NOTIMPL;
  }
};

// A cache operation that carries neither key nor record, as IIS may send.
class EmptyCacheProvider final : public ICacheProvider {
 public:
  VOID SetErrorStatus(HRESULT) override {}
  CACHE_OPERATION GetCacheOperation(VOID) const override { return CACHE_OPERATION_ADD; }
  IHttpCacheKey* GetCacheKey(VOID) const override { return NULL; }
  IHttpCacheSpecificData* GetCacheRecord(VOID) const override { return NULL; }
  VOID SetCacheRecord(IHttpCacheSpecificData*) override {}
  IHttpTraceContext* GetTraceContext(VOID) const override { return NULL; }
};

struct Run {
  PFN_REGISTERMODULE registerModule;
  Registration registration;
  Server server;
};

// RegisterModule, one event and Terminate, on one IIS-sized thread as IIS would.
DWORD WINAPI drive(LPVOID argument) {
  Run* run = static_cast<Run*>(argument);
  HRESULT hr = run->registerModule(10, &run->registration, &run->server);
  CGlobalModule* module = SUCCEEDED(hr) ? run->registration.globalModule : NULL;
  printf("registered|hr=0x%08lX|globalModule=%d|mask=0x%08lX\n", static_cast<unsigned long>(hr),
         module != NULL ? 1 : 0, static_cast<unsigned long>(run->registration.notifications));
  fflush(stdout);
  if (module == NULL) return 0;
  if ((run->registration.notifications & GL_CACHE_OPERATION) != 0) {
    EmptyCacheProvider provider;
    GLOBAL_NOTIFICATION_STATUS status = module->OnGlobalCacheOperation(&provider);
    printf("event|OnGlobalCacheOperation|status=%d\n", static_cast<int>(status));
  }
  module->Terminate();
  printf("terminated\n");
  fflush(stdout);
  return 0;
}

// The module's path: as given if it names a folder, else beside this .exe.
void modulePath(const wchar_t* argument, wchar_t* path, DWORD size) {
  if (wcschr(argument, L'\\') != NULL || wcschr(argument, L'/') != NULL ||
      wcschr(argument, L':') != NULL) {
    _snwprintf(path, size, L"%ls", argument);
  } else {
    wchar_t exe[MAX_PATH];
    DWORD length = GetModuleFileNameW(NULL, exe, MAX_PATH);
    while (length > 0 && exe[length - 1] != L'\\') length--;
    exe[length] = L'\0';
    _snwprintf(path, size, L"%ls%ls", exe, argument);
  }
  path[size - 1] = L'\0';
}

}  // namespace

// The event-log hook the jiis runtime looks up in the process (GetProcAddress on the .exe).
extern "C" __declspec(dllexport) void __cdecl jiis_host_event_log(const char* source, int level,
                                                                 const char* message) {
  EnterCriticalSection(&g_output);
  printf("log|%s|%d|", source != NULL ? source : "(null)", level);
  printEscaped(message != NULL ? message : "(null)");
  fputc('\n', stdout);
  fflush(stdout);
  LeaveCriticalSection(&g_output);
}

int wmain(int argc, wchar_t** argv) {
  InitializeCriticalSection(&g_output);
  if (argc != 2) {
    fprintf(stderr, "usage: jiis-wine-host <module.dll>\n");
    return 2;
  }
  wchar_t path[MAX_PATH];
  modulePath(argv[1], path, MAX_PATH);
  HMODULE library = LoadLibraryExW(path, NULL, LOAD_WITH_ALTERED_SEARCH_PATH);
  if (library == NULL) {
    fprintf(stderr, "jiis-wine-host: cannot load %ls (error %lu)\n", path,
            static_cast<unsigned long>(GetLastError()));
    return 2;
  }
  Run run;
  // Through void*: FARPROC is a function type of its own, as with every GetProcAddress result.
  run.registerModule = reinterpret_cast<PFN_REGISTERMODULE>(
      reinterpret_cast<void*>(GetProcAddress(library, MODULE_REGISTERMODULE)));
  if (run.registerModule == NULL) {
    fprintf(stderr, "jiis-wine-host: %ls exports no %s\n", path, MODULE_REGISTERMODULE);
    return 2;
  }
  HANDLE thread = CreateThread(NULL, kIisThreadStackBytes, &drive, &run,
                               STACK_SIZE_PARAM_IS_A_RESERVATION, NULL);
  if (thread == NULL) {
    fprintf(stderr, "jiis-wine-host: cannot start a thread (error %lu)\n",
            static_cast<unsigned long>(GetLastError()));
    return 2;
  }
  WaitForSingleObject(thread, INFINITE);
  CloseHandle(thread);
  return 0;
}
