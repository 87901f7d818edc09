/* A stand-in jvm.dll for platform_win32_test: exports the two JNI invocation functions JVM
 * discovery looks for, and knows of no JVM. */
#define _JNI_IMPLEMENTATION_ /* jni.h then declares these as exported, not imported */
#include <jni.h>

extern "C" JNIEXPORT jint JNICALL JNI_CreateJavaVM(JavaVM**, void**, void*) {
  return JNI_ERR;
}

extern "C" JNIEXPORT jint JNICALL JNI_GetCreatedJavaVMs(JavaVM**, jsize, jsize* count) {
  *count = 0;
  return JNI_OK;
}
