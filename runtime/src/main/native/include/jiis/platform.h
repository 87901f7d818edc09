/*
 * The runtime's platform layer: everything that differs between Windows and POSIX. Implemented
 * by platform_win32.cpp and platform_posix.cpp (each compiles to nothing on the other
 * platform, so a build may list both). All strings are UTF-8; the Windows implementation
 * converts to and from UTF-16 at the API boundary.
 */
#ifndef JIIS_PLATFORM_H
#define JIIS_PLATFORM_H

#include <stdint.h>

#include "jiis/text.h"

#ifdef _WIN32
/* Functions the C library or the OS calls back must say their calling convention, because
 * Win32 builds use /Gz (stdcall by default). */
#define JIIS_CDECL __cdecl
#define JIIS_PATH_SEPARATOR '\\'
#define JIIS_PATH_SEPARATOR_STRING "\\"
#else
#define JIIS_CDECL
#define JIIS_PATH_SEPARATOR '/'
#define JIIS_PATH_SEPARATOR_STRING "/"
#endif

/* ---- files and paths ---- */

/* Full path of the library (DLL or shared object) that contains this runtime. */
int jiis_platform_module_path(jiis_buf* path, jiis_buf* error);
int jiis_platform_is_path_separator(char c);
int jiis_platform_is_absolute_path(const char* path);
int jiis_platform_file_exists(const char* path);      /* a regular file */
int jiis_platform_directory_exists(const char* path);

typedef enum jiis_read_result { JIIS_READ_OK, JIIS_READ_MISSING, JIIS_READ_FAILED } jiis_read_result;
jiis_read_result jiis_platform_read_file(const char* path, jiis_buf* contents, jiis_buf* error);

/* Adds the names (not paths) of the regular files in `directory` whose names end with
 * `suffix` (ASCII case-insensitive), in no particular order. */
int jiis_platform_list_files(const char* directory, const char* suffix, jiis_strlist* names,
                             jiis_buf* error);

/* 1 and the value when the environment variable is set (even to ""), else 0. */
int jiis_platform_getenv(const char* name, jiis_buf* value);

/* ---- finding and loading the JVM ---- */

/* Paths of the JVM library inside a Java home, relative, most preferred first, NULL-ended. */
const char* const* jiis_platform_jvm_library_paths_in_home(void);

/* Java homes registered by installers (the JavaSoft keys on Windows; nothing on POSIX): adds
 * one label ("registry HKLM\...\JDK\21 JavaHome") and one home per registered runtime, and one
 * line per key that was looked at but gave nothing, for the report of places tried. */
void jiis_platform_registered_java_homes(jiis_strlist* labels, jiis_strlist* homes,
                                         jiis_strlist* nothing_found);

/* Loads a library by absolute path. Windows: LoadLibraryExW with safe search flags (the DLL's
 * own folder, its parent for the JDK's bin, and System32; PATH and the current directory are
 * never searched). POSIX: dlopen(RTLD_NOW | RTLD_GLOBAL), so modules loaded later find it. */
void* jiis_platform_load_library(const char* path, jiis_buf* error);
void* jiis_platform_library_symbol(void* library, const char* name);
void jiis_platform_unload_library(void* library);

/* A symbol of a JVM library that is already loaded in the process, or NULL. */
void* jiis_platform_loaded_jvm_symbol(const char* name);

/* A symbol the host process itself exports (dlsym(RTLD_DEFAULT) / the .exe's exports), or NULL. */
void* jiis_platform_process_symbol(const char* name);

/* Converts a JVM option from UTF-8 to the encoding JNI_CreateJavaVM expects (the ANSI code page
 * on Windows, unchanged on POSIX). Fails when the option cannot be represented. */
int jiis_platform_jvm_option_text(const char* utf8, jiis_buf* out, jiis_buf* error);

/* Keeps this module library loaded until the process ends: thread-exit callbacks point into it. */
int jiis_platform_pin_module(jiis_buf* error);

/* Text of the last OS error (errno / GetLastError), for messages. */
void jiis_platform_last_error(jiis_buf* text);

/* ---- threads ---- */

/* One thread-local slot per module library. `on_thread_exit` runs on a thread that ends with a
 * non-NULL value in the slot: a pthread key destructor on POSIX, a Fiber Local Storage callback
 * on Windows (never DllMain). */
typedef void (*jiis_thread_exit_callback)(void* value);
int jiis_platform_tls_init(jiis_thread_exit_callback on_thread_exit, jiis_buf* error);
void* jiis_platform_tls_get(void);
int jiis_platform_tls_set(void* value);

/* The lowest usable address of the calling thread's stack (stacks grow down on every platform
 * jiis runs on), or 0 when it cannot be found. */
uintptr_t jiis_platform_stack_floor(void);

typedef enum jiis_lock_id { JIIS_LOCK_LOG, JIIS_LOCK_JVM_OUTPUT, JIIS_LOCK_COUNT } jiis_lock_id;
void jiis_platform_lock(jiis_lock_id lock);
void jiis_platform_unlock(jiis_lock_id lock);

long jiis_platform_atomic_load(volatile long* value);
void jiis_platform_atomic_store(volatile long* value, long new_value);
/* Stores new_value if *value == expected; returns the previous value. */
long jiis_platform_atomic_compare_exchange(volatile long* value, long expected, long new_value);

/* ---- logging ---- */

/* Writes one entry: Windows Event Log (event source = `source`); POSIX: one line with a UTC
 * timestamp on stderr, or in the file chosen with jiis_platform_log_use_file. */
void jiis_platform_log_write(const char* source, int level, const char* message);

/* POSIX: append entries to `path` from now on. Windows: fails (entries go to the Event Log). */
int jiis_platform_log_use_file(const char* path, jiis_buf* error);

#endif /* JIIS_PLATFORM_H */
