#include "jvm_access.h"

#include <dlfcn.h>
#include <stdio.h>

typedef jint(JNICALL* get_created_vms_fn)(JavaVM**, jsize, jsize*);

int bench_jvm_failed(JNIEnv* env, const char* what) {
  if (!env->ExceptionCheck()) return 0;
  fprintf(stderr, "jiis-bench: %s threw:\n", what);
  env->ExceptionDescribe();
  env->ExceptionClear();
  return 1;
}

JavaVM* bench_created_jvm(void) {
  get_created_vms_fn get_created =
      reinterpret_cast<get_created_vms_fn>(dlsym(RTLD_DEFAULT, "JNI_GetCreatedJavaVMs"));
  if (get_created == NULL) {
    fprintf(stderr, "jiis-bench: no libjvm in the process: the first module did not load a JVM\n");
    return NULL;
  }
  JavaVM* vms[2];
  jsize count = 0;
  if (get_created(vms, 2, &count) != JNI_OK || count != 1) {
    fprintf(stderr, "jiis-bench: JNI_GetCreatedJavaVMs found %d JVMs, expected the modules' one\n",
            static_cast<int>(count));
    return NULL;
  }
  return vms[0];
}

int bench_jvm_find(bench_jvm* jvm) {
  jvm->vm = bench_created_jvm();
  if (jvm->vm == NULL) return 0;
  JNIEnv* env = bench_jvm_env(jvm);
  if (env == NULL) {
    fprintf(stderr, "jiis-bench: the thread that registered the modules is not attached to the JVM\n");
    return 0;
  }
  jclass local = env->FindClass(BENCH_UPCALLS_CLASS);
  if (bench_jvm_failed(env, "FindClass(" BENCH_UPCALLS_CLASS ") (is it on -Djava.class.path?)")) return 0;
  jvm->upcalls = static_cast<jclass>(env->NewGlobalRef(local));
  env->DeleteLocalRef(local);
  jvm->empty = env->GetStaticMethodID(jvm->upcalls, "empty", "()V");
  if (bench_jvm_failed(env, "GetStaticMethodID(empty)")) return 0;
  jvm->pass = env->GetStaticMethodID(jvm->upcalls, "pass", "(J)I");
  if (bench_jvm_failed(env, "GetStaticMethodID(pass)")) return 0;
  jvm->allocated_bytes = env->GetStaticMethodID(jvm->upcalls, "allocatedBytes", "()J");
  if (bench_jvm_failed(env, "GetStaticMethodID(allocatedBytes)")) return 0;
  return jvm->upcalls != NULL;
}

JNIEnv* bench_jvm_env(const bench_jvm* jvm) {
  JNIEnv* env = NULL;
  if (jvm->vm->GetEnv(reinterpret_cast<void**>(&env), JNI_VERSION_10) != JNI_OK) return NULL;
  return env;
}
