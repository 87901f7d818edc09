/* JNI helpers: exception containment and string conversion. */
#ifndef JIIS_JNI_UTIL_H
#define JIIS_JNI_UTIL_H

#include <jni.h>

#include "jiis/text.h"

/* If a Java exception is pending: clears it, appends its stack trace (or what can be learned
 * of it) to `out`, and returns 1. Otherwise returns 0. Never leaves an exception pending. */
int jiis_jni_take_exception(JNIEnv* env, jiis_buf* out);

/* If a Java exception is pending: clears it, logs one error entry "<context>: <stack trace>",
 * and returns 1. Otherwise returns 0. */
#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
int jiis_jni_failed(JNIEnv* env, const char* context_format, ...);

/* Appends a Java string as UTF-8 ("null" for NULL). Returns 0, with any exception cleared,
 * when the characters cannot be read. */
int jiis_jni_append_string(JNIEnv* env, jstring text, jiis_buf* out);

/* A Java string from UTF-8 (local reference), or NULL with the exception still pending. */
jstring jiis_jni_new_string_utf8(JNIEnv* env, const char* text);

/* "JNI_EINVAL (invalid arguments)" and so on, for JNI invocation API return codes. */
const char* jiis_jni_error_name(jint code);

#endif /* JIIS_JNI_UTIL_H */
