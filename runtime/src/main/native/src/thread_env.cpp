#include "thread_env.h"

#include <stdio.h>
#include <stdlib.h>

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

/* What the thread-local slot holds for a thread this module attached. */
typedef struct attached_thread {
  JNIEnv* env;
  uintptr_t stack_floor;
} attached_thread;

/* Runs on a thread that ends with an attached_thread in its slot: this module attached it. */
static void on_thread_exit(void* value) {
  try {
    attached_thread* thread = static_cast<attached_thread*>(value);
    if (thread == NULL) return;
    free(thread);
    if (!jiis_platform_atomic_load(&detaching) || jiis_jvm_exiting()) return;
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

/* Puts the calling thread, attached with `env`, in the slot; NULL when there is no memory or slot. */
static const attached_thread* remember(JNIEnv* env) {
  attached_thread* thread = static_cast<attached_thread*>(malloc(sizeof(attached_thread)));
  if (thread == NULL) return NULL;
  thread->env = env;
  thread->stack_floor = jiis_platform_stack_floor();
  if (jiis_platform_tls_set(thread)) return thread;
  free(thread);
  return NULL;
}

void jiis_threads_adopt(JNIEnv* env) {
  remember(env);
}

JNIEnv* jiis_thread_env(void) {
  uintptr_t stack_floor = 0;
  return jiis_thread_env_and_stack(&stack_floor);
}

JNIEnv* jiis_thread_env_and_stack(uintptr_t* stack_floor) {
  const attached_thread* remembered = static_cast<const attached_thread*>(jiis_platform_tls_get());
  if (remembered != NULL) {
    *stack_floor = remembered->stack_floor;
    return remembered->env;
  }
  *stack_floor = 0;

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
      const attached_thread* remembered_now = remember(env);
      if (remembered_now != NULL) {
        *stack_floor = remembered_now->stack_floor;
        return env;
      }
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
