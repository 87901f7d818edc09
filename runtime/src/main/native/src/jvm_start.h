/* Joining the JVM already running in the process, or creating one. */
#ifndef JIIS_JVM_START_H
#define JIIS_JVM_START_H

#include <jni.h>
#include <stdint.h>

#include "jiis/text.h"
#include "settings.h"

/* The JNI version the runtime asks for (Java 10+; the Java side needs 17). */
#define JIIS_JNI_VERSION JNI_VERSION_10

typedef struct jiis_jvm {
  JavaVM* vm;
  JNIEnv* creator_env; /* the calling thread's env when this call created the JVM, else NULL */
  jiis_buf description; /* "created from <library>" / "joined the JVM already running ..." */
} jiis_jvm;

/* Finds the JVM library, then joins the JVM it already runs or creates one with the hooks,
 * -Xrs (unless jvm.xrs = false) and the jvm.option lines. Returns JIIS_S_OK, or an HRESULT with
 * `report` saying what went wrong (every place tried, the JVM's own messages). */
int32_t jiis_jvm_acquire(const jiis_settings* settings, const char* settings_path, jiis_jvm* jvm,
                         jiis_buf* report);

#endif /* JIIS_JVM_START_H */
