/* The Java half of a module: its class loader, org.jiis.internal.NativeModule, the natives. */
#ifndef JIIS_JAVA_MODULE_H
#define JIIS_JAVA_MODULE_H

#include <jni.h>

#include "jiis/runtime.h"
#include "jiis/text.h"

/* A foreign-function upcall stub: a plain C function in the platform's default convention (the
 * runtime may be built with /Gz, which would make an unmarked pointer type stdcall on x86). */
#if defined(_WIN32) && !defined(_WIN64)
#define JIIS_UPCALL_CONVENTION __cdecl
#else
#define JIIS_UPCALL_CONVENTION
#endif
typedef jint(JIIS_UPCALL_CONVENTION* jiis_upcall_with_arg)(jlong);
typedef jint(JIIS_UPCALL_CONVENTION* jiis_upcall_without_arg)(void);

/* What a stub returns when a throwable escaped the entry point: NativeModule.UPCALL_ESCAPED. */
#define JIIS_UPCALL_ESCAPED (-1)

typedef struct jiis_java_event {
  char* java_method; /* for messages */
  jmethodID method;
  int takes_arg;     /* "(J)I" rather than "()I" */
  /* The entry point's upcall stub (the one matching takes_arg), or NULL: JNI upcalls only. */
  jiis_upcall_with_arg upcall_with_arg;
  jiis_upcall_without_arg upcall_without_arg;
} jiis_java_event;

/* Global references and method ids, resolved once at start and never released: the JVM cannot
 * be unloaded, and an event may still be running on another thread when the module stops. */
typedef struct jiis_java_module {
  jobject class_loader;
  jclass module_class;
  jclass natives_class;
  jobject module; /* the NativeModule that NativeModule.start returned */
  jiis_java_event* events;
  int events_count;
  jmethodID terminate;
  jmethodID resume; /* NativeModule.resume()V, for jiis_resume */
  jmethodID take_escaped; /* NativeModule.takeEscaped()Ljava/lang/Throwable; */
} jiis_java_module;

/* Creates the class loader over `class_path` (absolute paths of jars and folders), loads
 * NativeModule and the natives class, binds the natives, resolves the entry points, creates the
 * natives object and calls NativeModule.start. Returns 1, or 0 with `report` saying which step
 * failed and the Java exception's stack trace; nothing is left pending either way.
 *
 * With `foreign_upcalls`, it also asks NativeModule for upcall stubs of the entry points; when the
 * JVM has none (Java 21 or earlier, say) the events take JNI upcalls. Either way `upcalls` says
 * how events enter Java, for the start entry: "foreign-function upcalls", or "JNI upcalls (<why>)". */
int jiis_java_module_start(JNIEnv* env, const jiis_module_spec* spec, const jiis_strlist* class_path,
                           int debug, int foreign_upcalls, jiis_java_module* module,
                           jiis_buf* upcalls, jiis_buf* report);

#endif /* JIIS_JAVA_MODULE_H */
