/* POSIX implementation of jiis/platform.h (Linux: the tests and the IIS host simulator). */
#ifndef _WIN32

#ifndef _GNU_SOURCE
#define _GNU_SOURCE /* RTLD_DEFAULT, RTLD_NODELETE, dladdr */
#endif

#include "jiis/platform.h"

#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <limits.h>
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <sys/time.h>
#include <time.h>

#include "jiis/runtime.h"

/* ---- files and paths ---- */

int jiis_platform_module_path(jiis_buf* path, jiis_buf* error) {
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&jiis_platform_module_path), &info) == 0 ||
      info.dli_fname == NULL) {
    jiis_buf_append(error, "dladdr could not name the library that contains the jiis runtime");
    return 0;
  }
  char* resolved = realpath(info.dli_fname, NULL);
  if (resolved == NULL) {
    jiis_buf_appendf(error, "cannot resolve %s: %s", info.dli_fname, strerror(errno));
    return 0;
  }
  int ok = jiis_buf_append(path, resolved);
  free(resolved);
  return ok;
}

int jiis_platform_is_path_separator(char c) {
  return c == '/';
}

int jiis_platform_is_absolute_path(const char* path) {
  return path[0] == '/';
}

int jiis_platform_file_exists(const char* path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISREG(st.st_mode);
}

int jiis_platform_directory_exists(const char* path) {
  struct stat st;
  return stat(path, &st) == 0 && S_ISDIR(st.st_mode);
}

jiis_read_result jiis_platform_read_file(const char* path, jiis_buf* contents, jiis_buf* error) {
  FILE* file = fopen(path, "rb");
  if (file == NULL) {
    if (errno == ENOENT) return JIIS_READ_MISSING;
    jiis_buf_appendf(error, "cannot open %s: %s", path, strerror(errno));
    return JIIS_READ_FAILED;
  }
  char chunk[4096];
  size_t n;
  while ((n = fread(chunk, 1, sizeof chunk, file)) > 0) jiis_buf_append_n(contents, chunk, n);
  int read_failed = ferror(file);
  fclose(file);
  if (read_failed || contents->failed) {
    jiis_buf_appendf(error, "cannot read %s", path);
    return JIIS_READ_FAILED;
  }
  jiis_buf_append(contents, ""); /* NUL-terminated even when empty */
  return JIIS_READ_OK;
}

static int ends_with_ignore_case(const char* name, const char* suffix) {
  size_t n = strlen(name);
  size_t s = strlen(suffix);
  return n >= s && jiis_ascii_equals_ignore_case(name + n - s, suffix);
}

int jiis_platform_list_files(const char* directory, const char* suffix, jiis_strlist* names,
                             jiis_buf* error) {
  DIR* dir = opendir(directory);
  if (dir == NULL) {
    jiis_buf_appendf(error, "cannot list %s: %s", directory, strerror(errno));
    return 0;
  }
  jiis_buf path = JIIS_BUF_INIT;
  struct dirent* entry;
  while ((entry = readdir(dir)) != NULL) {
    if (!ends_with_ignore_case(entry->d_name, suffix)) continue;
    jiis_buf_clear(&path);
    jiis_buf_appendf(&path, "%s/%s", directory, entry->d_name);
    if (jiis_platform_file_exists(jiis_buf_str(&path))) jiis_strlist_add(names, entry->d_name);
  }
  closedir(dir);
  jiis_buf_free(&path);
  return !names->failed;
}

int jiis_platform_getenv(const char* name, jiis_buf* value) {
  const char* text = getenv(name);
  if (text == NULL) return 0;
  jiis_buf_append(value, text);
  return 1;
}

/* ---- finding and loading the JVM ---- */

const char* const* jiis_platform_jvm_library_paths_in_home(void) {
  static const char* const paths[] = {"lib/server/libjvm.so", "lib/client/libjvm.so", NULL};
  return paths;
}

void jiis_platform_registered_java_homes(jiis_strlist*, jiis_strlist*, jiis_strlist*) {
  /* POSIX has no registry of Java installations. */
}

void* jiis_platform_load_library(const char* path, jiis_buf* error) {
  void* library = dlopen(path, RTLD_NOW | RTLD_GLOBAL);
  if (library == NULL) {
    const char* reason = dlerror();
    jiis_buf_append(error, reason != NULL ? reason : "dlopen failed");
  }
  return library;
}

void* jiis_platform_library_symbol(void* library, const char* name) {
  return dlsym(library, name);
}

void jiis_platform_unload_library(void* library) {
  dlclose(library);
}

void* jiis_platform_loaded_jvm_symbol(const char* name) {
  /* The first module loads libjvm with RTLD_GLOBAL, so later ones find it here. */
  return dlsym(RTLD_DEFAULT, name);
}

void* jiis_platform_process_symbol(const char* name) {
  return dlsym(RTLD_DEFAULT, name);
}

int jiis_platform_jvm_option_text(const char* utf8, jiis_buf* out, jiis_buf*) {
  return jiis_buf_append(out, utf8);
}

int jiis_platform_pin_module(jiis_buf* error) {
  Dl_info info;
  if (dladdr(reinterpret_cast<void*>(&jiis_platform_pin_module), &info) == 0 ||
      info.dli_fname == NULL) {
    jiis_buf_append(error, "dladdr could not name the library that contains the jiis runtime");
    return 0;
  }
  /* RTLD_NOLOAD finds the loaded library; RTLD_NODELETE makes dlclose leave it mapped. */
  if (dlopen(info.dli_fname, RTLD_NOW | RTLD_NOLOAD | RTLD_NODELETE) == NULL) {
    const char* reason = dlerror();
    jiis_buf_append(error, reason != NULL ? reason : "dlopen(RTLD_NODELETE) failed");
    return 0;
  }
  return 1;
}

void jiis_platform_last_error(jiis_buf* text) {
  jiis_buf_append(text, strerror(errno));
}

/* ---- threads ---- */

static pthread_key_t tls_key;
static jiis_thread_exit_callback thread_exit_callback;

static void on_thread_exit(void* value) {
  thread_exit_callback(value);
}

int jiis_platform_tls_init(jiis_thread_exit_callback on_exit, jiis_buf* error) {
  thread_exit_callback = on_exit;
  int rc = pthread_key_create(&tls_key, &on_thread_exit);
  if (rc != 0) {
    jiis_buf_appendf(error, "pthread_key_create failed: %s", strerror(rc));
    return 0;
  }
  return 1;
}

void* jiis_platform_tls_get(void) {
  return pthread_getspecific(tls_key);
}

int jiis_platform_tls_set(void* value) {
  return pthread_setspecific(tls_key, value) == 0;
}

uintptr_t jiis_platform_stack_floor(void) {
  pthread_attr_t attributes;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) return 0;
  void* low = NULL;
  size_t size = 0;
  size_t guard = 0;
  int ok = pthread_attr_getstack(&attributes, &low, &size) == 0 &&
           pthread_attr_getguardsize(&attributes, &guard) == 0;
  pthread_attr_destroy(&attributes);
  /* glibc reports the guard page inside [low, low + size) for threads it created. */
  return ok ? reinterpret_cast<uintptr_t>(low) + guard : 0;
}

static pthread_mutex_t locks[JIIS_LOCK_COUNT] = {PTHREAD_MUTEX_INITIALIZER,
                                                 PTHREAD_MUTEX_INITIALIZER};

void jiis_platform_lock(jiis_lock_id lock) {
  pthread_mutex_lock(&locks[lock]);
}

void jiis_platform_unlock(jiis_lock_id lock) {
  pthread_mutex_unlock(&locks[lock]);
}

long jiis_platform_atomic_load(volatile long* value) {
  return __atomic_load_n(value, __ATOMIC_ACQUIRE);
}

void jiis_platform_atomic_store(volatile long* value, long new_value) {
  __atomic_store_n(value, new_value, __ATOMIC_RELEASE);
}

long jiis_platform_atomic_compare_exchange(volatile long* value, long expected, long new_value) {
  __atomic_compare_exchange_n(value, &expected, new_value, false, __ATOMIC_ACQ_REL,
                              __ATOMIC_ACQUIRE);
  return expected;
}

/* ---- logging ---- */

static FILE* log_file; /* NULL: stderr. Guarded by JIIS_LOCK_LOG. */

static const char* level_name(int level) {
  switch (level) {
    case JIIS_LOG_ERROR: return "ERROR";
    case JIIS_LOG_WARNING: return "WARNING";
    case JIIS_LOG_INFO: return "INFO";
    default: return "DEBUG";
  }
}

void jiis_platform_log_write(const char* source, int level, const char* message) {
  struct timeval now;
  gettimeofday(&now, NULL);
  struct tm utc;
  gmtime_r(&now.tv_sec, &utc);
  char timestamp[32];
  strftime(timestamp, sizeof timestamp, "%Y-%m-%dT%H:%M:%S", &utc);

  jiis_platform_lock(JIIS_LOCK_LOG);
  FILE* out = log_file != NULL ? log_file : stderr;
  fprintf(out, "%s.%03dZ %s [%s] %s\n", timestamp, static_cast<int>(now.tv_usec / 1000),
          level_name(level), source, message);
  fflush(out);
  jiis_platform_unlock(JIIS_LOCK_LOG);
}

int jiis_platform_log_use_file(const char* path, jiis_buf* error) {
  FILE* file = fopen(path, "a");
  if (file == NULL) {
    jiis_buf_appendf(error, "cannot open log file %s: %s", path, strerror(errno));
    return 0;
  }
  jiis_platform_lock(JIIS_LOCK_LOG);
  FILE* previous = log_file;
  log_file = file;
  jiis_platform_unlock(JIIS_LOCK_LOG);
  if (previous != NULL) fclose(previous);
  return 1;
}

#endif /* !_WIN32 */
