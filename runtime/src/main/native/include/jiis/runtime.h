/*
 * jiis native runtime: the C API that generated module code calls.
 *
 * Each module library (an IIS global module DLL) statically contains its own copy of the
 * runtime, so the state behind these functions is per module. Two modules in one worker process
 * share the JVM (the second one joins the JVM the first one started) but nothing else.
 *
 * Strings are UTF-8 unless stated otherwise. No function here lets a C++ or Java exception
 * escape; failures are written to the module's log.
 */
#ifndef JIIS_RUNTIME_H
#define JIIS_RUNTIME_H

#include <stdint.h>
#include <wchar.h>
#include <jni.h>

#ifdef __cplusplus
extern "C" {
#endif

/* One event entry point: an instance method of org.jiis.internal.NativeModule, called for the
 * event. The signature is "(J)I" (the IIS provider pointer as a long) or "()I" (no argument);
 * the method returns a GLOBAL_NOTIFICATION_STATUS value. Example: {"cacheOperation", "(J)I"}. */
typedef struct jiis_event_spec {
  const char* java_method;
  const char* java_signature;
} jiis_event_spec;

/* Everything the runtime needs to know about a module. Generated code keeps one static
 * instance; the runtime reads it during jiis_start and keeps no pointer into it afterwards. */
typedef struct jiis_module_spec {
  const char* module_name;      /* "TokenCacheAudit": ASCII [A-Za-z_][A-Za-z0-9_]*; names the
                                   settings file, the event source and the class loader */
  const char* dispatcher_class; /* binary name, "org.example.TokenCacheAuditDispatcher" */
  const char* natives_class;    /* binary name of the generated class whose native methods
                                   are bound with RegisterNatives from `natives` */
  const JNINativeMethod* natives;
  int natives_count;
  const jiis_event_spec* events; /* jiis_dispatch's event_index indexes this array */
  int events_count;
  /* What RegisterModule received, handed to NativeModule.start for the module's IisServer and
   * trace-event subscription checks; the runtime only passes them on. IIS keeps the server for
   * the whole worker process. */
  void* server;            /* the IHttpServer* (NULL when the host passed none) */
  uint32_t server_version; /* dwServerVersion */
  void* module_id;         /* the HTTP_MODULE_ID of IHttpModuleRegistrationInfo::GetId */
} jiis_module_spec;

/* Log levels, shared with the Java side. */
#define JIIS_LOG_ERROR 0
#define JIIS_LOG_WARNING 1
#define JIIS_LOG_INFO 2
#define JIIS_LOG_DEBUG 3

/* HRESULTs jiis_start returns under `startup.failure = fail` (standard Windows values). */
#define JIIS_S_OK ((int32_t)0)
#define JIIS_E_INVALID_SPEC ((int32_t)0x80070057)  /* E_INVALIDARG: the module spec is malformed */
#define JIIS_E_SETTINGS ((int32_t)0x8007000D)      /* HRESULT_FROM_WIN32(ERROR_INVALID_DATA) */
#define JIIS_E_JVM_NOT_FOUND ((int32_t)0x80070002) /* HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND) */
#define JIIS_E_JVM_START ((int32_t)0x80004005)     /* E_FAIL: the JVM could not be created */
#define JIIS_E_JAVA_START ((int32_t)0x8000FFFF)    /* E_UNEXPECTED: the Java module failed to start */
#define JIIS_E_OUT_OF_MEMORY ((int32_t)0x8007000E) /* E_OUTOFMEMORY */

/* Called once from RegisterModule. Reads <module_name>.jiis.properties beside the module
 * library, finds and starts the JVM (or joins the one already in the process), creates the
 * module's class loader, loads org.jiis.internal.NativeModule and the natives class, binds the
 * natives, and starts the Java module.
 *
 * Returns 0 (S_OK) on success. On failure it logs one error entry that says what went wrong and,
 * when no JVM was found, every place that was tried; then it returns 0 with the module inert
 * (`startup.failure = inert`, the default) or the failing HRESULT (`startup.failure = fail`). */
int32_t jiis_start(const jiis_module_spec* spec);

/* 1 while the module is started and not stopped, else 0. */
int jiis_active(void);

/* Delivers event `event_index` of the spec to the Java module on the calling thread, passing
 * `arg` to "(J)I" entry points. Returns the GLOBAL_NOTIFICATION_STATUS the Java side chose, or 0
 * (GL_NOTIFICATION_CONTINUE) when the module is inert or stopped or anything fails. The thread
 * is attached to the JVM on its first event and detached when it ends. */
int jiis_dispatch(int event_index, jlong arg);

/* Called from IGlobalSuspendProcessCallback::Resume on the callback object the module handed IIS
 * in OnSuspendProcess: calls NativeModule.resume() on the calling thread (attaching it like an
 * event), which runs the resume action the Java module set, once. Does nothing when the module is
 * inert or stopped; failures are logged. */
void jiis_resume(void);

/* Called from CGlobalModule::Terminate: calls NativeModule.terminate(). Later events pass
 * through (jiis_dispatch returns 0 without calling Java). */
void jiis_stop(void);

/* Writes one entry to the module's log (Windows Event Log, or stderr / log.file on POSIX, or
 * the host's jiis_host_event_log). printf-style format; entries above the configured
 * log.level are dropped. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
void jiis_log(int level, const char* format, ...);

/* The calling thread's JNIEnv, attached on first use (once per thread), or NULL when the module
 * is not started or the thread cannot be attached. Local references created with it outside a
 * native method call live until the thread ends: wrap such work in PushLocalFrame/PopLocalFrame. */
JNIEnv* jiis_env(void);

/* A Java string from a NUL-terminated wide string (UTF-16 on Windows, UTF-32 wchar_t on Linux;
 * invalid code units become U+FFFD). NULL in, NULL out; NULL with the exception logged and
 * cleared on failure. The result is a local reference. */
jstring jiis_new_string_w(JNIEnv* env, const wchar_t* text);

/* A NUL-terminated wide string with the text of `text`, for an IIS PCWSTR parameter (UTF-16 on
 * Windows, unchanged; UTF-32 on Linux, unpaired surrogates becoming U+FFFD): returns 1 and stores
 * a malloc'ed string in *wide (free() it; NULL when `text` is null), or 0 with a Java exception
 * pending and *wide NULL. */
int jiis_wide_from_string(JNIEnv* env, jstring text, wchar_t** wide);

/* A ready-made native for the generated natives table: logs `message` at `level` as this
 * module. Java declaration: `native void log(int level, String message)` (static or instance),
 * table entry: {"log", "(ILjava/lang/String;)V", (void*)&jiis_native_log}. */
void JNICALL jiis_native_log(JNIEnv* env, jobject self, jint level, jstring message);

#ifdef __cplusplus
}
#endif

#endif /* JIIS_RUNTIME_H */
