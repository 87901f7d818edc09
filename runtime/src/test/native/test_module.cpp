/* A module library as generated code would make one, minus IIS: a static jiis_module_spec, the
 * natives of org.jiis.nativetest.TestNatives, and exported functions the test host calls in
 * place of RegisterModule, the CGlobalModule overrides and Terminate.
 *
 * Built several times: -DTEST_MODULE_NAME=Alpha (and Beta) with a different -DTEST_ECHO_OFFSET,
 * -DTEST_MISSING_EVENT (an event the Java side lacks), -DTEST_BAD_SIGNATURE (a malformed spec). */
#include "jiis/runtime.h"
#include "test_events.h"

#ifndef TEST_MODULE_NAME
#error "define TEST_MODULE_NAME"
#endif
#ifndef TEST_ECHO_OFFSET
#define TEST_ECHO_OFFSET 0
#endif

#define TEST_STRINGIFY2(x) #x
#define TEST_STRINGIFY(x) TEST_STRINGIFY2(x)
#define TEST_EXPORT extern "C" __attribute__((visibility("default")))

static jlong JNICALL echo(JNIEnv*, jobject, jlong value) {
  return value + TEST_ECHO_OFFSET;
}

static jstring JNICALL wide_string(JNIEnv* env, jobject) {
  return jiis_new_string_w(env, L"h\u00e9llo \U0001F600");
}

static const JNINativeMethod NATIVES[] = {
    {const_cast<char*>("echo"), const_cast<char*>("(J)J"), reinterpret_cast<void*>(&echo)},
    {const_cast<char*>("wideString"), const_cast<char*>("()Ljava/lang/String;"),
     reinterpret_cast<void*>(&wide_string)},
    {const_cast<char*>("log"), const_cast<char*>("(ILjava/lang/String;)V"),
     reinterpret_cast<void*>(&jiis_native_log)},
};

#if defined(TEST_MISSING_EVENT)
static const jiis_event_spec EVENTS[] = {{"cacheOperation", "(J)I"}, {"noSuchEvent", "()I"}};
#elif defined(TEST_BAD_SIGNATURE)
static const jiis_event_spec EVENTS[] = {{"cacheOperation", "(I)I"}};
#endif

static const jiis_module_spec SPEC = {
    TEST_STRINGIFY(TEST_MODULE_NAME),
    "org.jiis.nativetest.TestDispatcher",
    "org.jiis.nativetest.TestNatives",
    NATIVES,
    static_cast<int>(sizeof NATIVES / sizeof NATIVES[0]),
#if defined(TEST_MISSING_EVENT) || defined(TEST_BAD_SIGNATURE)
    EVENTS,
    static_cast<int>(sizeof EVENTS / sizeof EVENTS[0]),
#else
    TEST_EVENTS,
    TEST_EVENT_COUNT,
#endif
    /* What RegisterModule would pass on: an IHttpServer*, dwServerVersion and an HTTP_MODULE_ID,
     * here recognizable values the stand-in NativeModule.start logs. */
    reinterpret_cast<void*>(static_cast<intptr_t>(0x5E12)),
    10,
    reinterpret_cast<void*>(static_cast<intptr_t>(0x1D)),
};

TEST_EXPORT int32_t test_module_start(void) {
  return jiis_start(&SPEC);
}

TEST_EXPORT int test_module_active(void) {
  return jiis_active();
}

TEST_EXPORT int test_module_dispatch(int event_index, long long arg) {
  return jiis_dispatch(event_index, static_cast<jlong>(arg));
}

TEST_EXPORT void test_module_resume(void) {
  jiis_resume();
}

TEST_EXPORT void test_module_stop(void) {
  jiis_stop();
}
