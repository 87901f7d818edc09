#include "jni_util.h"

#include <stdlib.h>
#include <string.h>

#include "jiis/runtime.h"
#include "log.h"

/* Throwable.printStackTrace into a String, or NULL (exception cleared) if that fails. */
static jstring stack_trace(JNIEnv* env, jthrowable thrown) {
  jclass string_writer_class = env->FindClass("java/io/StringWriter");
  if (env->ExceptionCheck()) return NULL;
  jmethodID string_writer_init = env->GetMethodID(string_writer_class, "<init>", "()V");
  if (env->ExceptionCheck()) return NULL;
  jobject string_writer = env->NewObject(string_writer_class, string_writer_init);
  if (env->ExceptionCheck()) return NULL;
  jclass print_writer_class = env->FindClass("java/io/PrintWriter");
  if (env->ExceptionCheck()) return NULL;
  jmethodID print_writer_init = env->GetMethodID(print_writer_class, "<init>", "(Ljava/io/Writer;)V");
  if (env->ExceptionCheck()) return NULL;
  jobject print_writer = env->NewObject(print_writer_class, print_writer_init, string_writer);
  if (env->ExceptionCheck()) return NULL;
  jclass throwable_class = env->FindClass("java/lang/Throwable");
  if (env->ExceptionCheck()) return NULL;
  jmethodID print_stack_trace =
      env->GetMethodID(throwable_class, "printStackTrace", "(Ljava/io/PrintWriter;)V");
  if (env->ExceptionCheck()) return NULL;
  env->CallVoidMethod(thrown, print_stack_trace, print_writer);
  if (env->ExceptionCheck()) return NULL;
  jmethodID flush = env->GetMethodID(print_writer_class, "flush", "()V");
  if (env->ExceptionCheck()) return NULL;
  env->CallVoidMethod(print_writer, flush);
  if (env->ExceptionCheck()) return NULL;
  jmethodID to_string = env->GetMethodID(string_writer_class, "toString", "()Ljava/lang/String;");
  if (env->ExceptionCheck()) return NULL;
  jstring text = static_cast<jstring>(env->CallObjectMethod(string_writer, to_string));
  if (env->ExceptionCheck()) return NULL;
  return text;
}

/* Throwable.toString(), the fallback when the stack trace cannot be had. */
static jstring short_description(JNIEnv* env, jthrowable thrown) {
  jclass object_class = env->FindClass("java/lang/Object");
  if (env->ExceptionCheck()) return NULL;
  jmethodID to_string = env->GetMethodID(object_class, "toString", "()Ljava/lang/String;");
  if (env->ExceptionCheck()) return NULL;
  jstring text = static_cast<jstring>(env->CallObjectMethod(thrown, to_string));
  if (env->ExceptionCheck()) return NULL;
  return text;
}

static void append_trimmed(jiis_buf* out, const char* text) {
  size_t length = strlen(text);
  while (length > 0 && (text[length - 1] == '\n' || text[length - 1] == '\r')) length--;
  jiis_buf_append_n(out, text, length);
}

int jiis_jni_take_exception(JNIEnv* env, jiis_buf* out) {
  if (!env->ExceptionCheck()) return 0;
  jthrowable thrown = env->ExceptionOccurred();
  env->ExceptionClear();
  /* Everything below creates local references; the frame frees them, which matters on
   * attached threads that never return to Java. */
  if (env->PushLocalFrame(32) != JNI_OK) {
    env->ExceptionClear();
    jiis_buf_append(out, "(a Java exception; out of memory while describing it)");
    env->DeleteLocalRef(thrown);
    return 1;
  }
  jstring text = stack_trace(env, thrown);
  if (text == NULL) {
    env->ExceptionClear();
    text = short_description(env, thrown);
    env->ExceptionClear();
  }
  jiis_buf utf8 = JIIS_BUF_INIT;
  if (text != NULL && jiis_jni_append_string(env, text, &utf8)) {
    append_trimmed(out, jiis_buf_str(&utf8));
  } else {
    jiis_buf_append(out, "(a Java exception that could not be described)");
  }
  jiis_buf_free(&utf8);
  env->PopLocalFrame(NULL);
  env->DeleteLocalRef(thrown);
  return 1;
}

int jiis_jni_failed(JNIEnv* env, const char* context_format, ...) {
  if (!env->ExceptionCheck()) return 0;
  jiis_buf message = JIIS_BUF_INIT;
  va_list args;
  va_start(args, context_format);
  jiis_buf_vappendf(&message, context_format, args);
  va_end(args);
  jiis_buf_append(&message, ": ");
  jiis_jni_take_exception(env, &message);
  jiis_log_write(JIIS_LOG_ERROR, message.failed ? context_format : jiis_buf_str(&message));
  jiis_buf_free(&message);
  return 1;
}

int jiis_jni_append_string(JNIEnv* env, jstring text, jiis_buf* out) {
  if (text == NULL) return jiis_buf_append(out, "null");
  jsize length = env->GetStringLength(text);
  if (env->ExceptionCheck()) {
    env->ExceptionClear();
    return 0;
  }
  const jchar* chars = env->GetStringChars(text, NULL);
  if (chars == NULL || env->ExceptionCheck()) {
    env->ExceptionClear();
    return 0;
  }
  int ok = jiis_utf8_append_utf16(out, reinterpret_cast<const uint16_t*>(chars),
                                  static_cast<size_t>(length));
  env->ReleaseStringChars(text, chars);
  return ok;
}

static void throw_out_of_memory(JNIEnv* env) {
  if (env->ExceptionCheck()) return;
  jclass oom = env->FindClass("java/lang/OutOfMemoryError");
  if (oom != NULL) env->ThrowNew(oom, "jiis: out of native memory converting a string");
}

static jstring new_string_utf16(JNIEnv* env, uint16_t* units, size_t length) {
  if (units == NULL) {
    throw_out_of_memory(env);
    return NULL;
  }
  jstring text = env->NewString(reinterpret_cast<const jchar*>(units), static_cast<jsize>(length));
  free(units);
  return text;
}

jstring jiis_jni_new_string_utf8(JNIEnv* env, const char* text) {
  size_t length = 0;
  uint16_t* units = jiis_utf16_from_utf8(text, &length);
  return new_string_utf16(env, units, length);
}

const char* jiis_jni_error_name(jint code) {
  switch (code) {
    case JNI_OK: return "JNI_OK";
    case JNI_ERR: return "JNI_ERR (unknown error)";
    case JNI_EDETACHED: return "JNI_EDETACHED (thread not attached)";
    case JNI_EVERSION: return "JNI_EVERSION (JNI version not supported: Java 17 or later is needed)";
    case JNI_ENOMEM: return "JNI_ENOMEM (not enough memory)";
    case JNI_EEXIST: return "JNI_EEXIST (a JVM already exists in this process)";
    case JNI_EINVAL: return "JNI_EINVAL (invalid arguments, e.g. an unrecognized JVM option)";
    default: return "an unknown JNI error code";
  }
}

extern "C" jstring jiis_new_string_w(JNIEnv* env, const wchar_t* text) {
  if (env == NULL || text == NULL) return NULL;
  try {
    size_t length = 0;
    uint16_t* units = jiis_utf16_from_wide(text, wcslen(text), &length);
    jstring result = new_string_utf16(env, units, length);
    if (jiis_jni_failed(env, "jiis_new_string_w could not create a Java string")) return NULL;
    return result;
  } catch (...) {
    return NULL;
  }
}

extern "C" int jiis_wide_from_string(JNIEnv* env, jstring text, wchar_t** wide) {
  *wide = NULL;
  if (text == NULL) return 1;
  try {
    jsize length = env->GetStringLength(text);
    const jchar* chars = env->GetStringChars(text, NULL);
    if (chars == NULL || env->ExceptionCheck()) return 0;
    *wide = jiis_wide_from_utf16(reinterpret_cast<const uint16_t*>(chars), static_cast<size_t>(length));
    env->ReleaseStringChars(text, chars);
    if (*wide != NULL) return 1;
    throw_out_of_memory(env);
    return 0;
  } catch (...) {
    free(*wide);
    *wide = NULL;
    throw_out_of_memory(env);
    return 0;
  }
}

extern "C" void JNICALL jiis_native_log(JNIEnv* env, jobject, jint level, jstring message) {
  try {
    jiis_buf text = JIIS_BUF_INIT;
    if (!jiis_jni_append_string(env, message, &text)) jiis_buf_append(&text, "(unreadable message)");
    jiis_log_write(static_cast<int>(level), jiis_buf_str(&text));
    jiis_buf_free(&text);
  } catch (...) {
  }
}
