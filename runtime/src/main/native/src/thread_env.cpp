#include "thread_env.h"

#include <stdio.h>

#include "jiis/platform.h"
#include "jiis/runtime.h"
#include "jni_util.h"
#include "jvm_hooks.h"
#include "jvm_start.h"
#include "log.h"

static JavaVM* java_vm;
static char thread_name[160];
static volatile long detaching;
static volatile long attach_failure_logged;

/* Runs on a thread that ends with our env in its slot: this module attached it. */
static void on_thread_exit(void* env) {
  try {
    if (env == NULL || !jiis_platform_atomic_load(&detaching) || jiis_jvm_exiting()) return;
    jint rc = java_vm->DetachCurrentThread();
    if (rc != JNI_OK) {
      jiis_log(JIIS_LOG_WARNING, "DetachCurrentThread at thread exit failed with %s",
               jiis_jni_error_name(rc));
    }
  } catch (...) {
  }
}

int jiis_threads_init(JavaVM* vm, const char* module_name, jiis_buf* error) {
  java_vm = vm;
  snprintf(thread_name, sizeof thread_name, "IIS worker (jiis %s)", module_name);
  if (!jiis_platform_tls_init(&on_thread_exit, error)) return 0;
  jiis_buf pin_error = JIIS_BUF_INIT;
  if (!jiis_platform_pin_module(&pin_error)) {
    jiis_log(JIIS_LOG_WARNING, "Cannot keep the module library loaded for good (%s): unloading it "
             "while threads are attached to the JVM would crash them when they end.",
             jiis_buf_str(&pin_error));
  }
  jiis_buf_free(&pin_error);
  jiis_platform_atomic_store(&detaching, 1);
  return 1;
}

void jiis_threads_adopt(JNIEnv* env) {
  jiis_platform_tls_set(env);
}

JNIEnv* jiis_thread_env(void) {
  void* remembered = jiis_platform_tls_get();
  if (remembered != NULL) return static_cast<JNIEnv*>(remembered);

  JNIEnv* env = NULL;
  jint rc = java_vm->GetEnv(reinterpret_cast<void**>(&env), JIIS_JNI_VERSION);
  if (rc == JNI_OK) return env; /* attached by someone else: theirs to detach */
  if (rc == JNI_EDETACHED) {
    JavaVMAttachArgs args;
    args.version = JIIS_JNI_VERSION;
    args.name = thread_name;
    args.group = NULL;
    rc = java_vm->AttachCurrentThreadAsDaemon(reinterpret_cast<void**>(&env), &args);
    if (rc == JNI_OK) {
      if (jiis_platform_tls_set(env)) return env;
      /* Without the slot the thread would be attached again on every event: undo it. */
      java_vm->DetachCurrentThread();
      jiis_buf reason = JIIS_BUF_INIT;
      jiis_platform_last_error(&reason);
      jiis_log(JIIS_LOG_ERROR, "Cannot remember this thread's JVM attachment (%s); its events "
               "pass through without reaching Java.", jiis_buf_str(&reason));
      jiis_buf_free(&reason);
      return NULL;
    }
  }
  /* Logged once: a JVM that refuses threads would otherwise flood the log on every event. */
  if (jiis_platform_atomic_compare_exchange(&attach_failure_logged, 0, 1) == 0) {
    jiis_log(JIIS_LOG_ERROR, "Cannot attach a worker thread to the JVM: %s. Events on such threads "
             "pass through without reaching Java (logged once).", jiis_jni_error_name(rc));
  }
  return NULL;
}

void jiis_threads_stop_detaching(void) {
  jiis_platform_atomic_store(&detaching, 0);
}
