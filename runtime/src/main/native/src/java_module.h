/* The Java half of a module: its class loader, org.jiis.internal.NativeModule, the natives. */
#ifndef JIIS_JAVA_MODULE_H
#define JIIS_JAVA_MODULE_H

#include <jni.h>

#include "jiis/runtime.h"
#include "jiis/text.h"

typedef struct jiis_java_event {
  char* java_method; /* for messages */
  jmethodID method;
  int takes_arg;     /* "(J)I" rather than "()I" */
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
} jiis_java_module;

/* Creates the class loader over `class_path` (absolute paths of jars and folders), loads
 * NativeModule and the natives class, binds the natives, resolves the entry points, creates the
 * natives object and calls NativeModule.start. Returns 1, or 0 with `report` saying which step
 * failed and the Java exception's stack trace; nothing is left pending either way. */
int jiis_java_module_start(JNIEnv* env, const jiis_module_spec* spec, const jiis_strlist* class_path,
                           int debug, jiis_java_module* module, jiis_buf* report);

#endif /* JIIS_JAVA_MODULE_H */
