/* Finding and loading the JVM library (jvm.dll / libjvm.so). */
#ifndef JIIS_JVM_DISCOVERY_H
#define JIIS_JVM_DISCOVERY_H

#include <jni.h>

#include "jiis/text.h"
#include "settings.h"

typedef jint(JNICALL* jiis_create_java_vm_fn)(JavaVM** vm, void** env, void* args);
typedef jint(JNICALL* jiis_get_created_java_vms_fn)(JavaVM** vms, jsize capacity, jsize* count);

typedef struct jiis_jvm_library {
  jiis_buf path; /* where it was loaded from, or a note that it was already loaded */
  jiis_create_java_vm_fn create_java_vm;
  jiis_get_created_java_vms_fn get_created_java_vms;
} jiis_jvm_library;

/* The JVM library to use, in this order: one already loaded in the process (another module
 * started it); the settings' jvm.library or java.home (and nothing else when either is set);
 * JAVA_HOME; the JavaSoft registry keys (Windows). Returns 1 with `library` filled, or 0 with
 * `report` listing every place tried and why it did not work. */
int jiis_find_jvm_library(const jiis_settings* settings, const char* settings_path,
                          jiis_jvm_library* library, jiis_buf* report);

void jiis_jvm_library_free(jiis_jvm_library* library);

#endif /* JIIS_JVM_DISCOVERY_H */
