/* Win32 implementation of jiis/platform.h (IIS worker processes, x86 and x64). */
#ifdef _WIN32

#ifndef WIN32_LEAN_AND_MEAN
#define WIN32_LEAN_AND_MEAN
#endif
#ifndef _WIN32_WINNT
#define _WIN32_WINNT 0x0602 /* AddDllDirectory and the LOAD_LIBRARY_SEARCH_* flags */
#endif
#include <windows.h>

#include <stdlib.h>
#include <string.h>
#include <wchar.h>

#include "jiis/platform.h"
#include "jiis/runtime.h"

/* ---- UTF-8 <-> UTF-16 at the API boundary ---- */

/* malloc'ed UTF-16 copy of a UTF-8 string, or NULL when out of memory. */
static wchar_t* to_wide(const char* text) {
  int units = MultiByteToWideChar(CP_UTF8, 0, text, -1, NULL, 0);
  if (units <= 0) units = 1;
  wchar_t* wide = static_cast<wchar_t*>(malloc(sizeof(wchar_t) * static_cast<size_t>(units)));
  if (wide == NULL) return NULL;
  if (MultiByteToWideChar(CP_UTF8, 0, text, -1, wide, units) <= 0) wide[0] = L'\0';
  return wide;
}

static int append_wide(jiis_buf* out, const wchar_t* text, int length) {
  if (length == 0) return jiis_buf_append(out, "");
  int bytes = WideCharToMultiByte(CP_UTF8, 0, text, length, NULL, 0, NULL, NULL);
  if (bytes <= 0) return 0;
  char* utf8 = static_cast<char*>(malloc(static_cast<size_t>(bytes)));
  if (utf8 == NULL) return 0;
  WideCharToMultiByte(CP_UTF8, 0, text, length, utf8, bytes, NULL, NULL);
  int ok = jiis_buf_append_n(out, utf8, static_cast<size_t>(bytes));
  free(utf8);
  return ok;
}

static void append_error_text(jiis_buf* out, DWORD code) {
  wchar_t* text = NULL;
  DWORD length = FormatMessageW(
      FORMAT_MESSAGE_ALLOCATE_BUFFER | FORMAT_MESSAGE_FROM_SYSTEM | FORMAT_MESSAGE_IGNORE_INSERTS,
      NULL, code, 0, reinterpret_cast<LPWSTR>(&text), 0, NULL);
  while (length > 0 && (text[length - 1] == L'\r' || text[length - 1] == L'\n' ||
                        text[length - 1] == L' ' || text[length - 1] == L'.')) {
    length--;
  }
  if (length > 0) {
    append_wide(out, text, static_cast<int>(length));
    jiis_buf_appendf(out, " (error %lu)", static_cast<unsigned long>(code));
  } else {
    jiis_buf_appendf(out, "error %lu", static_cast<unsigned long>(code));
  }
  if (text != NULL) LocalFree(text);
}

/* ---- files and paths ---- */

int jiis_platform_module_path(jiis_buf* path, jiis_buf* error) {
  HMODULE module = NULL;
  if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS |
                              GET_MODULE_HANDLE_EX_FLAG_UNCHANGED_REFCOUNT,
                          reinterpret_cast<LPCWSTR>(&jiis_platform_module_path), &module)) {
    jiis_buf_append(error, "GetModuleHandleExW could not find the jiis module library: ");
    append_error_text(error, GetLastError());
    return 0;
  }
  DWORD capacity = MAX_PATH;
  for (;;) {
    wchar_t* name = static_cast<wchar_t*>(malloc(sizeof(wchar_t) * capacity));
    if (name == NULL) return 0;
    DWORD length = GetModuleFileNameW(module, name, capacity);
    if (length == 0) {
      free(name);
      jiis_buf_append(error, "GetModuleFileNameW failed: ");
      append_error_text(error, GetLastError());
      return 0;
    }
    if (length < capacity) {
      int ok = append_wide(path, name, static_cast<int>(length));
      free(name);
      return ok;
    }
    free(name);
    capacity *= 2;
  }
}

int jiis_platform_is_path_separator(char c) {
  return c == '\\' || c == '/';
}

int jiis_platform_is_absolute_path(const char* path) {
  /* C:\x, C:/x, \\server\share, and \x (the current drive's root) are not relative to the
   * module folder. */
  if (jiis_platform_is_path_separator(path[0])) return 1;
  char drive = path[0];
  int is_letter = (drive >= 'A' && drive <= 'Z') || (drive >= 'a' && drive <= 'z');
  return is_letter && path[1] == ':' && jiis_platform_is_path_separator(path[2]);
}

static DWORD file_attributes(const char* path) {
  wchar_t* wide = to_wide(path);
  if (wide == NULL) return INVALID_FILE_ATTRIBUTES;
  DWORD attributes = GetFileAttributesW(wide);
  free(wide);
  return attributes;
}

int jiis_platform_file_exists(const char* path) {
  DWORD attributes = file_attributes(path);
  return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) == 0;
}

int jiis_platform_directory_exists(const char* path) {
  DWORD attributes = file_attributes(path);
  return attributes != INVALID_FILE_ATTRIBUTES && (attributes & FILE_ATTRIBUTE_DIRECTORY) != 0;
}

jiis_read_result jiis_platform_read_file(const char* path, jiis_buf* contents, jiis_buf* error) {
  wchar_t* wide = to_wide(path);
  if (wide == NULL) return JIIS_READ_FAILED;
  HANDLE file = CreateFileW(wide, GENERIC_READ, FILE_SHARE_READ | FILE_SHARE_WRITE | FILE_SHARE_DELETE,
                            NULL, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, NULL);
  free(wide);
  if (file == INVALID_HANDLE_VALUE) {
    DWORD code = GetLastError();
    if (code == ERROR_FILE_NOT_FOUND || code == ERROR_PATH_NOT_FOUND) return JIIS_READ_MISSING;
    jiis_buf_appendf(error, "cannot open %s: ", path);
    append_error_text(error, code);
    return JIIS_READ_FAILED;
  }
  char chunk[4096];
  DWORD n = 0;
  BOOL ok;
  while ((ok = ReadFile(file, chunk, static_cast<DWORD>(sizeof chunk), &n, NULL)) != FALSE && n > 0) {
    jiis_buf_append_n(contents, chunk, n);
  }
  DWORD code = ok ? ERROR_SUCCESS : GetLastError();
  CloseHandle(file);
  if (!ok || contents->failed) {
    jiis_buf_appendf(error, "cannot read %s: ", path);
    append_error_text(error, code);
    return JIIS_READ_FAILED;
  }
  jiis_buf_append(contents, "");
  return JIIS_READ_OK;
}

int jiis_platform_list_files(const char* directory, const char* suffix, jiis_strlist* names,
                             jiis_buf* error) {
  jiis_buf pattern = JIIS_BUF_INIT;
  jiis_buf_appendf(&pattern, "%s\\*", directory);
  wchar_t* wide = to_wide(jiis_buf_str(&pattern));
  jiis_buf_free(&pattern);
  if (wide == NULL) return 0;
  WIN32_FIND_DATAW found;
  HANDLE search = FindFirstFileW(wide, &found);
  free(wide);
  if (search == INVALID_HANDLE_VALUE) {
    DWORD code = GetLastError();
    if (code == ERROR_FILE_NOT_FOUND) return 1; /* an empty folder */
    jiis_buf_appendf(error, "cannot list %s: ", directory);
    append_error_text(error, code);
    return 0;
  }
  jiis_buf name = JIIS_BUF_INIT;
  size_t suffix_length = strlen(suffix);
  do {
    if ((found.dwFileAttributes & FILE_ATTRIBUTE_DIRECTORY) != 0) continue;
    jiis_buf_clear(&name);
    append_wide(&name, found.cFileName, static_cast<int>(wcslen(found.cFileName)));
    if (name.length >= suffix_length &&
        jiis_ascii_equals_ignore_case(jiis_buf_str(&name) + name.length - suffix_length, suffix)) {
      jiis_strlist_add(names, jiis_buf_str(&name));
    }
  } while (FindNextFileW(search, &found));
  FindClose(search);
  jiis_buf_free(&name);
  return !names->failed;
}

int jiis_platform_getenv(const char* name, jiis_buf* value) {
  wchar_t* wide_name = to_wide(name);
  if (wide_name == NULL) return 0;
  int found = 0;
  DWORD size = GetEnvironmentVariableW(wide_name, NULL, 0);
  if (size > 0) {
    wchar_t* text = static_cast<wchar_t*>(malloc(sizeof(wchar_t) * size));
    if (text != NULL) {
      DWORD length = GetEnvironmentVariableW(wide_name, text, size);
      if (length < size) found = append_wide(value, text, static_cast<int>(length));
      free(text);
    }
  } else if (GetLastError() != ERROR_ENVVAR_NOT_FOUND) {
    found = jiis_buf_append(value, ""); /* set to the empty string */
  }
  free(wide_name);
  return found;
}

/* ---- finding and loading the JVM ---- */

const char* const* jiis_platform_jvm_library_paths_in_home(void) {
  static const char* const paths[] = {"bin\\server\\jvm.dll", "bin\\client\\jvm.dll", NULL};
  return paths;
}

/* Reads a string value of <key>\<subkey>. RRF_RT_REG_SZ also accepts REG_EXPAND_SZ values and
 * expands them (asking for RRF_RT_REG_EXPAND_SZ as well would need RRF_NOEXPAND). */
static int registry_string(HKEY key, const wchar_t* subkey, const wchar_t* value, jiis_buf* out) {
  DWORD bytes = 0;
  DWORD flags = RRF_RT_REG_SZ;
  if (RegGetValueW(key, subkey, value, flags, NULL, NULL, &bytes) != ERROR_SUCCESS) return 0;
  wchar_t* text = static_cast<wchar_t*>(malloc(bytes + sizeof(wchar_t)));
  if (text == NULL) return 0;
  int ok = RegGetValueW(key, subkey, value, flags, NULL, text, &bytes) == ERROR_SUCCESS;
  if (ok) ok = append_wide(out, text, static_cast<int>(wcslen(text)));
  free(text);
  return ok;
}

static void add_registered_home(HKEY key, const char* key_name, const wchar_t* version,
                                jiis_strlist* labels, jiis_strlist* homes,
                                jiis_strlist* nothing_found) {
  jiis_buf version_utf8 = JIIS_BUF_INIT;
  jiis_buf home = JIIS_BUF_INIT;
  jiis_buf label = JIIS_BUF_INIT;
  append_wide(&version_utf8, version, static_cast<int>(wcslen(version)));
  jiis_buf_appendf(&label, "registry HKLM\\%s\\%s JavaHome", key_name, jiis_buf_str(&version_utf8));
  if (registry_string(key, version, L"JavaHome", &home) && home.length > 0) {
    jiis_strlist_add(labels, jiis_buf_str(&label));
    jiis_strlist_add(homes, jiis_buf_str(&home));
  } else {
    jiis_buf_append(&label, ": no such value");
    jiis_strlist_add(nothing_found, jiis_buf_str(&label));
  }
  jiis_buf_free(&version_utf8);
  jiis_buf_free(&home);
  jiis_buf_free(&label);
}

/* Under WOW64 a 32-bit worker process reads the 32-bit registry view (WOW6432Node), which is
 * what lists the JVMs it can load. */
void jiis_platform_registered_java_homes(jiis_strlist* labels, jiis_strlist* homes,
                                         jiis_strlist* nothing_found) {
  static const char* const key_names[] = {"SOFTWARE\\JavaSoft\\JDK", "SOFTWARE\\JavaSoft\\JRE"};
  static const wchar_t* const wide_key_names[] = {L"SOFTWARE\\JavaSoft\\JDK", L"SOFTWARE\\JavaSoft\\JRE"};
  jiis_buf line = JIIS_BUF_INIT;
  for (int k = 0; k < 2; k++) {
    HKEY key;
    if (RegOpenKeyExW(HKEY_LOCAL_MACHINE, wide_key_names[k], 0, KEY_READ, &key) != ERROR_SUCCESS) {
      jiis_buf_clear(&line);
      jiis_buf_appendf(&line, "registry HKLM\\%s: no such key", key_names[k]);
      jiis_strlist_add(nothing_found, jiis_buf_str(&line));
      continue;
    }
    /* CurrentVersion first, then every other version, newest (last in name order) first. */
    wchar_t current[256] = L"";
    DWORD current_bytes = static_cast<DWORD>(sizeof current);
    int has_current = RegGetValueW(key, NULL, L"CurrentVersion", RRF_RT_REG_SZ, NULL, current,
                                   &current_bytes) == ERROR_SUCCESS && current[0] != L'\0';
    if (has_current) add_registered_home(key, key_names[k], current, labels, homes, nothing_found);
    DWORD subkeys = 0;
    RegQueryInfoKeyW(key, NULL, NULL, NULL, &subkeys, NULL, NULL, NULL, NULL, NULL, NULL, NULL);
    for (DWORD i = subkeys; i > 0; i--) {
      wchar_t version[256];
      DWORD length = static_cast<DWORD>(sizeof version / sizeof version[0]);
      if (RegEnumKeyExW(key, i - 1, version, &length, NULL, NULL, NULL, NULL) != ERROR_SUCCESS) continue;
      if (has_current && wcscmp(version, current) == 0) continue;
      add_registered_home(key, key_names[k], version, labels, homes, nothing_found);
    }
    if (!has_current && subkeys == 0) {
      jiis_buf_clear(&line);
      jiis_buf_appendf(&line, "registry HKLM\\%s: no versions registered", key_names[k]);
      jiis_strlist_add(nothing_found, jiis_buf_str(&line));
    }
    RegCloseKey(key);
  }
  jiis_buf_free(&line);
}

/* The folder two levels up from the JVM library (<home>\bin for <home>\bin\server\jvm.dll),
 * where the JDK keeps the C runtime DLLs jvm.dll imports. */
static wchar_t* jdk_bin_folder(const wchar_t* library) {
  size_t size = sizeof(wchar_t) * (wcslen(library) + 1);
  wchar_t* folder = static_cast<wchar_t*>(malloc(size));
  if (folder == NULL) return NULL;
  memcpy(folder, library, size);
  for (int cut = 0; cut < 2; cut++) {
    wchar_t* separator = wcsrchr(folder, L'\\');
    wchar_t* slash = wcsrchr(folder, L'/');
    if (slash != NULL && (separator == NULL || slash > separator)) separator = slash;
    if (separator == NULL) {
      free(folder);
      return NULL;
    }
    *separator = L'\0';
  }
  return folder;
}

void* jiis_platform_load_library(const char* path, jiis_buf* error) {
  wchar_t* wide = to_wide(path);
  if (wide == NULL) return NULL;
  /* No PATH, no current directory: the library's own folder, the JDK's bin folder (added for
   * the duration of this call only) and the system folders. */
  wchar_t* bin = jdk_bin_folder(wide);
  DLL_DIRECTORY_COOKIE cookie = bin != NULL ? AddDllDirectory(bin) : NULL;
  HMODULE library = LoadLibraryExW(
      wide, NULL, LOAD_LIBRARY_SEARCH_DLL_LOAD_DIR | LOAD_LIBRARY_SEARCH_DEFAULT_DIRS);
  DWORD code = GetLastError();
  if (cookie != NULL) RemoveDllDirectory(cookie);
  free(bin);
  free(wide);
  if (library == NULL) {
    append_error_text(error, code);
    if (code == ERROR_BAD_EXE_FORMAT) {
      jiis_buf_append(error, "; the JVM's bitness must match the worker process (a 32-bit "
                             "application pool needs a 32-bit JVM)");
    }
  }
  return reinterpret_cast<void*>(library);
}

void* jiis_platform_library_symbol(void* library, const char* name) {
  return reinterpret_cast<void*>(GetProcAddress(static_cast<HMODULE>(library), name));
}

void jiis_platform_unload_library(void* library) {
  FreeLibrary(static_cast<HMODULE>(library));
}

void* jiis_platform_loaded_jvm_symbol(const char* name) {
  HMODULE jvm = GetModuleHandleW(L"jvm.dll");
  return jvm != NULL ? reinterpret_cast<void*>(GetProcAddress(jvm, name)) : NULL;
}

void* jiis_platform_process_symbol(const char* name) {
  return reinterpret_cast<void*>(GetProcAddress(GetModuleHandleW(NULL), name));
}

int jiis_platform_jvm_option_text(const char* utf8, jiis_buf* out, jiis_buf* error) {
  wchar_t* wide = to_wide(utf8);
  if (wide == NULL) return 0;
  BOOL lossy = FALSE;
  int bytes = WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide, -1, NULL, 0, NULL, &lossy);
  int ok = 0;
  if (bytes > 0 && !lossy) {
    char* text = static_cast<char*>(malloc(static_cast<size_t>(bytes)));
    if (text != NULL) {
      WideCharToMultiByte(CP_ACP, WC_NO_BEST_FIT_CHARS, wide, -1, text, bytes, NULL, NULL);
      ok = jiis_buf_append(out, text);
      free(text);
    }
  } else {
    jiis_buf_appendf(error,
                     "the JVM option %s has characters the system code page (%u) cannot "
                     "represent; the JVM reads its options in that code page",
                     utf8, GetACP());
  }
  free(wide);
  return ok;
}

int jiis_platform_pin_module(jiis_buf* error) {
  HMODULE module = NULL;
  if (!GetModuleHandleExW(GET_MODULE_HANDLE_EX_FLAG_FROM_ADDRESS | GET_MODULE_HANDLE_EX_FLAG_PIN,
                          reinterpret_cast<LPCWSTR>(&jiis_platform_pin_module), &module)) {
    jiis_buf_append(error, "GetModuleHandleExW(PIN) failed: ");
    append_error_text(error, GetLastError());
    return 0;
  }
  return 1;
}

void jiis_platform_last_error(jiis_buf* text) {
  append_error_text(text, GetLastError());
}

/* ---- threads ---- */

static DWORD fls_index = FLS_OUT_OF_INDEXES;
static jiis_thread_exit_callback thread_exit_callback;

/* Called by the OS when a thread (fiber) with a non-NULL value ends. */
static VOID WINAPI on_fls_exit(PVOID value) {
  if (value != NULL) thread_exit_callback(value);
}

uintptr_t jiis_platform_stack_floor(void) {
  /* The stack is one reservation: its base is the floor (the guard page sits just above the part
   * not yet committed, so the floor stays below any address the thread can still use). */
  MEMORY_BASIC_INFORMATION region;
  memset(&region, 0, sizeof region);
  if (VirtualQuery(&region, &region, sizeof region) == 0) return 0;
  return reinterpret_cast<uintptr_t>(region.AllocationBase);
}

int jiis_platform_tls_init(jiis_thread_exit_callback on_exit, jiis_buf* error) {
  thread_exit_callback = on_exit;
  fls_index = FlsAlloc(&on_fls_exit);
  if (fls_index == FLS_OUT_OF_INDEXES) {
    jiis_buf_append(error, "FlsAlloc failed: ");
    append_error_text(error, GetLastError());
    return 0;
  }
  return 1;
}

void* jiis_platform_tls_get(void) {
  return FlsGetValue(fls_index);
}

int jiis_platform_tls_set(void* value) {
  return FlsSetValue(fls_index, value) != FALSE;
}

static SRWLOCK locks[JIIS_LOCK_COUNT] = {SRWLOCK_INIT, SRWLOCK_INIT};

void jiis_platform_lock(jiis_lock_id lock) {
  AcquireSRWLockExclusive(&locks[lock]);
}

void jiis_platform_unlock(jiis_lock_id lock) {
  ReleaseSRWLockExclusive(&locks[lock]);
}

long jiis_platform_atomic_load(volatile long* value) {
  return InterlockedCompareExchange(value, 0, 0);
}

void jiis_platform_atomic_store(volatile long* value, long new_value) {
  InterlockedExchange(value, new_value);
}

long jiis_platform_atomic_compare_exchange(volatile long* value, long expected, long new_value) {
  return InterlockedCompareExchange(value, new_value, expected);
}

/* ---- logging ---- */

/* The Event Log caps one string at 31,839 characters. */
static const size_t MAX_EVENT_CHARS = 31000;

static HANDLE event_source;       /* guarded by JIIS_LOCK_LOG */
static jiis_buf event_source_name = JIIS_BUF_INIT;

static WORD event_type(int level) {
  switch (level) {
    case JIIS_LOG_ERROR: return EVENTLOG_ERROR_TYPE;
    case JIIS_LOG_WARNING: return EVENTLOG_WARNING_TYPE;
    default: return EVENTLOG_INFORMATION_TYPE;
  }
}

void jiis_platform_log_write(const char* source, int level, const char* message) {
  wchar_t* text = to_wide(message);
  if (text == NULL) return;
  if (wcslen(text) > MAX_EVENT_CHARS) {
    static const wchar_t TRUNCATED[] = L" ... [truncated]";
    memcpy(text + MAX_EVENT_CHARS - 20, TRUNCATED, sizeof TRUNCATED);
  }

  jiis_platform_lock(JIIS_LOCK_LOG);
  if (event_source == NULL || strcmp(jiis_buf_str(&event_source_name), source) != 0) {
    if (event_source != NULL) DeregisterEventSource(event_source);
    wchar_t* wide_source = to_wide(source);
    event_source = wide_source != NULL ? RegisterEventSourceW(NULL, wide_source) : NULL;
    free(wide_source);
    jiis_buf_clear(&event_source_name);
    jiis_buf_append(&event_source_name, source);
  }
  const wchar_t* strings[1] = {text};
  /* Event IDs 1000 + level: 1000 error, 1001 warning, 1002 information, 1003 debug. */
  BOOL reported = event_source != NULL &&
                  ReportEventW(event_source, event_type(level), 0, static_cast<DWORD>(1000 + level),
                               NULL, 1, 0, strings, NULL);
  jiis_platform_unlock(JIIS_LOCK_LOG);

  if (!reported) {
    /* No event log access (e.g. a restricted identity): the debugger output is all there is. */
    wchar_t* wide_source = to_wide(source);
    OutputDebugStringW(L"[");
    OutputDebugStringW(wide_source != NULL ? wide_source : L"jiis");
    OutputDebugStringW(L"] ");
    OutputDebugStringW(text);
    OutputDebugStringW(L"\n");
    free(wide_source);
  }
  free(text);
}

int jiis_platform_log_use_file(const char*, jiis_buf* error) {
  jiis_buf_append(error, "log.file is not used on Windows: entries go to the Windows Event Log");
  return 0;
}

#endif /* _WIN32 */
