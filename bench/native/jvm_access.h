/* The JVM the modules started, and the benchmark's own Java class (org.jiis.bench.support.Upcalls,
 * on the JVM's class path). */
#ifndef JIIS_BENCH_JVM_ACCESS_H
#define JIIS_BENCH_JVM_ACCESS_H

#include <jni.h>

#define BENCH_UPCALLS_CLASS "org/jiis/bench/support/Upcalls"

typedef struct bench_jvm {
  JavaVM* vm;
  jclass upcalls;            /* global reference */
  jmethodID empty;           /* static void empty() */
  jmethodID pass;            /* static int pass(long) */
  jmethodID allocated_bytes; /* static long allocatedBytes() */
} bench_jvm;

/* The one JVM in the process, from JNI_GetCreatedJavaVMs (libjvm, which the first module loaded
 * with RTLD_GLOBAL), or NULL after printing why. */
JavaVM* bench_created_jvm(void);

/* The created JVM, and Upcalls resolved on the calling thread, which must be attached.
 * Returns 1, or 0 after printing why. */
int bench_jvm_find(bench_jvm* jvm);

/* The calling thread's env if it is attached, else NULL. */
JNIEnv* bench_jvm_env(const bench_jvm* jvm);

/* Prints, clears and reports (1) a pending Java exception. */
int bench_jvm_failed(JNIEnv* env, const char* what);

#endif
