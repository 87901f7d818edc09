// A hand-written IIS global module (no JVM) that jiis-host's tests load. What it does is chosen
// by the data of each event, so one scenario can exercise several behaviours:
//   token records    ReferenceCacheData + DereferenceCacheData (balanced); logs user, logon,
//                    SID bytes and token handles
//   file records     a path ending in ".leak" is referenced and never released (unbalanced)
//   uri records      a URL ending in "/over-release" is released without a reference; "/unhealthy"
//                    calls IHttpServer::ReportUnhealthy, "/recycle" RecycleProcess; "/compare"
//                    compares the key with itself, with NULL and with the previous event's key
//   DELETE           returns GL_NOTIFICATION_HANDLED; every other operation CONTINUE
//   cache cleanup    logs at debug level, returns CONTINUE
// and by the environment variable JIIS_TEST_MODULE_MODE for registration variants:
//   register-twice   calls SetGlobalNotifications a second time and logs the HRESULT
//   bad-priority     asks for priorities with a two-bit mask and an unknown alias
//   fail             RegisterModule returns E_FAIL
//   no-cleanup-override  subscribes to GL_CACHE_CLEANUP without overriding OnGlobalCacheCleanup
//   operations-only  subscribes to GL_CACHE_OPERATION only
//   throw            OnGlobalCacheOperation throws a C++ exception
//   crash            OnGlobalCacheOperation aborts the process
//   hang             OnGlobalCacheCleanup never returns
#include <dlfcn.h>
#include <pthread.h>
#include <unistd.h>
#include <windows.h>
#include <httpserv.h>
#include <httpcach.h>

#include <atomic>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <cwchar>
#include <stdexcept>
#include <string>

namespace {

typedef void (*EventLogFunction)(const char*, int, const char*);

const char kSource[] = "TestModule";
const int kError = 0;
const int kInfo = 2;
const int kDebug = 3;

IHttpServer* g_server = nullptr;
std::atomic<IHttpCacheKey*> g_previousKey{nullptr};

void log(int level, const std::string& message) {
  static EventLogFunction eventLog =
      reinterpret_cast<EventLogFunction>(dlsym(RTLD_DEFAULT, "jiis_host_event_log"));
  if (eventLog != nullptr) {
    eventLog(kSource, level, message.c_str());
  } else {
    std::fprintf(stderr, "%s: %s\n", kSource, message.c_str());
  }
}

std::string narrow(PCWSTR text) {
  if (text == nullptr) return "NULL";
  std::string out;
  for (; *text != 0; text++) out.push_back(*text < 0x80 ? static_cast<char>(*text) : '?');
  return out;
}

bool endsWith(PCWSTR text, PCWSTR suffix) {
  const size_t length = std::wcslen(text), suffixLength = std::wcslen(suffix);
  return length >= suffixLength && std::wcscmp(text + length - suffixLength, suffix) == 0;
}

const char* describeHandle(HANDLE handle) {
  return handle == nullptr ? "NULL" : handle == INVALID_HANDLE_VALUE ? "INVALID_HANDLE_VALUE"
                                                                     : "valid";
}

std::string sidHex(PSID sid) {
  if (sid == nullptr) return "NULL";
  if (!IsValidSid(sid)) return "invalid";
  std::string hex;
  const BYTE* bytes = static_cast<const BYTE*>(sid);
  for (DWORD i = 0; i < GetLengthSid(sid); i++) {
    char digits[3];
    std::snprintf(digits, sizeof digits, "%02x", bytes[i]);
    hex += digits;
  }
  return hex;
}

size_t currentStackSize() {
  pthread_attr_t attributes;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attributes) == 0) {
    pthread_attr_getstacksize(&attributes, &size);
    pthread_attr_destroy(&attributes);
  }
  return size;
}

std::string describeToken(IHttpTokenEntry* entry) {
  std::string text = " impersonation=" + std::string(describeHandle(entry->GetImpersonationToken())) +
                     " primary=" + describeHandle(entry->GetPrimaryToken()) +
                     " sid=" + sidHex(entry->GetSid());
  IHttpTokenKey* key = dynamic_cast<IHttpTokenKey*>(entry->GetCacheKey());
  if (key != nullptr) {
    text += " user=" + narrow(key->GetUserName()) +
            " logon=" + std::to_string(key->GetLogonMethod());
  }
  return text;
}

std::string describeFile(IHttpFileInfo* file) {
  ULARGE_INTEGER size;
  size.QuadPart = 0;
  file->GetSize(&size);
  FILETIME modified = {0, 0};
  file->GetLastModifiedTime(&modified);
  DWORD secondsToLive = 0;
  const BOOL httpCache = file->GetHttpCacheAllowed(&secondsToLive);
  const BYTE* buffer = file->GetFileBuffer();
  return " path=" + narrow(file->GetFilePath()) + " size=" + std::to_string(size.QuadPart) +
         " attributes=" + std::to_string(file->GetAttributes()) +
         " etag=" + (file->GetETag() != nullptr ? file->GetETag() : "NULL") +
         " modified=" +
         std::to_string((static_cast<ULONGLONG>(modified.dwHighDateTime) << 32) |
                        modified.dwLowDateTime) +
         " modifiedString=" +
         (file->GetLastModifiedString() != nullptr ? file->GetLastModifiedString() : "NULL") +
         " httpCache=" + (httpCache ? std::to_string(secondsToLive) : "no") +
         " vrPath=" + narrow(file->GetVrPath()) + " vrToken=" + describeHandle(file->GetVrToken()) +
         " fileHandle=" + describeHandle(file->GetFileHandle()) + " buffer=" +
         (buffer != nullptr ? std::string(reinterpret_cast<const char*>(buffer), size.QuadPart)
                            : "NULL");
}

bool modeIs(const char* mode) {
  const char* value = std::getenv("JIIS_TEST_MODULE_MODE");
  return value != nullptr && std::strcmp(value, mode) == 0;
}

std::string compareKeys(IHttpCacheKey* key) {
  std::string text = " equalSelf=" + std::to_string(key->GetIsEqual(key)) +
                     " prefixSelf=" + std::to_string(key->GetIsPrefix(key)) +
                     " prefixNull=" + std::to_string(key->GetIsPrefix(nullptr));
  IHttpCacheKey* previous = g_previousKey;
  if (previous != nullptr) {
    text += " equalPrevious=" + std::to_string(key->GetIsEqual(previous)) +
            " prefixOfPrevious=" + std::to_string(key->GetIsPrefix(previous)) +
            " hashesEqual=" + std::to_string(key->GetHash() == previous->GetHash());
  }
  return text;
}

class TestModule final : public CGlobalModule {
 public:
  GLOBAL_NOTIFICATION_STATUS OnGlobalCacheOperation(ICacheProvider* provider) override {
    if (modeIs("throw")) throw std::runtime_error("test module failure");
    if (modeIs("crash")) std::abort();
    const CACHE_OPERATION operation = provider->GetCacheOperation();
    IHttpCacheKey* key = provider->GetCacheKey();
    IHttpCacheSpecificData* record = provider->GetCacheRecord();
    std::string text = "operation=" + std::to_string(operation) +
                       " cache=" + (key != nullptr ? narrow(key->GetCacheName()) : "NULL") +
                       " record=" + (record != nullptr ? "present" : "NULL") +
                       " stack=" + std::to_string(currentStackSize());
    if (record != nullptr) {
      if (IHttpTokenEntry* token = dynamic_cast<IHttpTokenEntry*>(record)) {
        token->ReferenceCacheData();
        text += describeToken(token);
        token->DereferenceCacheData();
      } else if (IHttpFileInfo* file = dynamic_cast<IHttpFileInfo*>(record)) {
        text += describeFile(file);
        if (endsWith(file->GetFilePath(), L".leak")) file->ReferenceCacheData();
      } else if (IUriKey* uri = dynamic_cast<IUriKey*>(record->GetCacheKey())) {
        text += " url=" + narrow(uri->GetUrl()) + " site=" + narrow(uri->GetSiteName()) +
                " siteId=" + std::to_string(uri->GetSiteId()) +
                " configPath=" + narrow(uri->GetConfigPath());
        if (endsWith(uri->GetUrl(), L"/over-release")) record->DereferenceCacheData();
        if (endsWith(uri->GetUrl(), L"/unhealthy")) {
          g_server->ReportUnhealthy(L"test module saw /unhealthy", E_FAIL);
        }
        if (endsWith(uri->GetUrl(), L"/recycle")) g_server->RecycleProcess(L"test module recycle");
        if (endsWith(uri->GetUrl(), L"/compare")) text += compareKeys(uri);
      }
    }
    if (key != nullptr) g_previousKey = key;
    log(kInfo, text);
    return operation == CACHE_OPERATION_DELETE ? GL_NOTIFICATION_HANDLED
                                               : GL_NOTIFICATION_CONTINUE;
  }

  GLOBAL_NOTIFICATION_STATUS OnGlobalCacheCleanup(VOID) override {
    if (modeIs("hang")) {
      for (;;) pause();
    }
    log(kDebug, "cache cleanup");
    return GL_NOTIFICATION_CONTINUE;
  }

  VOID Terminate(VOID) override {
    log(kInfo, "terminate");
    delete this;
  }
};

// Subscribes to cache cleanup but "forgets" the override: the CGlobalModule default runs.
class NoCleanupOverride final : public CGlobalModule {
 public:
  GLOBAL_NOTIFICATION_STATUS OnGlobalCacheOperation(ICacheProvider*) override {
    return GL_NOTIFICATION_CONTINUE;
  }
  VOID Terminate(VOID) override { delete this; }
};

std::string hex(HRESULT hr) {
  char text[16];
  std::snprintf(text, sizeof text, "0x%08X", static_cast<unsigned>(hr));
  return text;
}

}  // namespace

extern "C" __attribute__((visibility("default"))) HRESULT WINAPI RegisterModule(
    DWORD dwServerVersion, IHttpModuleRegistrationInfo* pModuleInfo, IHttpServer* pGlobalInfo) {
  g_server = pGlobalInfo;
  const char* modeVariable = std::getenv("JIIS_TEST_MODULE_MODE");
  const std::string mode = modeVariable != nullptr ? modeVariable : "";
  log(kInfo, "RegisterModule version=" + std::to_string(dwServerVersion) +
                 " name=" + narrow(pModuleInfo->GetName()) +
                 " appPool=" + narrow(pGlobalInfo->GetAppPoolName()) +
                 " commandLine=" + std::to_string(pGlobalInfo->IsCommandLineLaunch()) +
                 " stack=" + std::to_string(currentStackSize()));
  if (mode == "fail") {
    log(kError, "failing RegisterModule as asked");
    return E_FAIL;
  }
  CGlobalModule* module =
      mode == "no-cleanup-override" ? static_cast<CGlobalModule*>(new NoCleanupOverride())
                                    : new TestModule();
  const DWORD notifications =
      mode == "operations-only" ? GL_CACHE_OPERATION : GL_CACHE_OPERATION | GL_CACHE_CLEANUP;
  HRESULT hr = pModuleInfo->SetGlobalNotifications(module, notifications);
  if (FAILED(hr)) return hr;
  if (mode == "register-twice") {
    log(kInfo, "second SetGlobalNotifications hr=" +
                   hex(pModuleInfo->SetGlobalNotifications(module, GL_CACHE_OPERATION)));
  }
  if (mode == "bad-priority") {
    pModuleInfo->SetPriorityForGlobalNotification(GL_CACHE_OPERATION | GL_CACHE_CLEANUP,
                                                  PRIORITY_ALIAS_FIRST);
    pModuleInfo->SetPriorityForGlobalNotification(GL_CACHE_CLEANUP, L"SOON");
  }
  hr = pModuleInfo->SetPriorityForGlobalNotification(GL_CACHE_OPERATION, PRIORITY_ALIAS_FIRST);
  if (FAILED(hr) || mode == "operations-only") return hr;
  return pModuleInfo->SetPriorityForGlobalNotification(GL_CACHE_CLEANUP, PRIORITY_ALIAS_LAST);
}
