/* One JVM attachment per thread: made on the thread's first event, remembered in thread-local
 * storage, undone when the thread ends. */
#ifndef JIIS_THREAD_ENV_H
#define JIIS_THREAD_ENV_H

#include <jni.h>
#include <stdint.h>

#include "jiis/text.h"

/* Sets up the thread-local slot and its thread-exit callback, and pins the module library
 * (the callback must stay mapped). Threads are attached as daemons named after the module. */
int jiis_threads_init(JavaVM* vm, const char* module_name, jiis_buf* error);

/* Remembers the calling thread, which JNI_CreateJavaVM attached, as attached by this module. */
void jiis_threads_adopt(JNIEnv* env);

/* The calling thread's env, attaching it the first time. Threads attached by someone else (the
 * JVM's own, another module's) are used as they are and never detached by this module.
 * NULL, logged, when the thread cannot be attached. */
JNIEnv* jiis_thread_env(void);

/* jiis_thread_env, and in *stack_floor the lowest usable address of the thread's stack: known
 * for threads this module attached (found once, when it attached them), 0 for the others. */
JNIEnv* jiis_thread_env_and_stack(uintptr_t* stack_floor);

/* From now on threads that end stay attached (the module stopped; the process is ending). */
void jiis_threads_stop_detaching(void);

#endif /* JIIS_THREAD_ENV_H */
