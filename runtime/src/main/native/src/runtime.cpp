/* The entry points of include/jiis/runtime.h that start, drive and stop a module. */
#include "jiis/runtime.h"

#include <stdarg.h>
#include <string.h>

#include "class_path.h"
#include "java_module.h"
#include "jiis/platform.h"
#include "jni_util.h"
#include "jvm_start.h"
#include "log.h"
#include "paths.h"
#include "settings.h"
#include "thread_env.h"

enum module_state { STATE_NEW, STATE_STARTING, STATE_RUNNING, STATE_INERT, STATE_STOPPED };

/* GLOBAL_NOTIFICATION_STATUS values (GL_NOTIFICATION_CONTINUE, GL_NOTIFICATION_HANDLED). */
static const int STATUS_CONTINUE = 0;
static const int STATUS_HANDLED = 1;
static const size_t MAX_MODULE_NAME = 100;

static volatile long state = STATE_NEW;
static jiis_java_module java_module;
static volatile long bad_status_logged;

/* ---- validating the spec ---- */

static int valid_module_name(const char* name) {
  if (name == NULL || name[0] == '\0' || strlen(name) > MAX_MODULE_NAME) return 0;
  for (const char* c = name; *c != '\0'; c++) {
    int letter = (*c >= 'A' && *c <= 'Z') || (*c >= 'a' && *c <= 'z') || *c == '_';
    int digit = *c >= '0' && *c <= '9';
    if (!letter && !(digit && c != name)) return 0;
  }
  return 1;
}

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static void add_problem(jiis_buf* report, const char* format, ...) {
  if (report->length > 0) jiis_buf_append_char(report, '\n');
  va_list args;
  va_start(args, format);
  jiis_buf_vappendf(report, format, args);
  va_end(args);
}

static int valid_spec(const jiis_module_spec* spec, jiis_buf* report) {
  if (spec == NULL) {
    add_problem(report, "jiis_start was called with a NULL module spec");
    return 0;
  }
  if (!valid_module_name(spec->module_name)) {
    add_problem(report, "module_name '%s' is not an ASCII identifier of at most %d characters",
                spec->module_name != NULL ? spec->module_name : "(null)",
                static_cast<int>(MAX_MODULE_NAME));
  }
  if (spec->dispatcher_class == NULL || spec->dispatcher_class[0] == '\0') {
    add_problem(report, "dispatcher_class is empty");
  }
  if (spec->natives_class == NULL || spec->natives_class[0] == '\0') {
    add_problem(report, "natives_class is empty");
  }
  if (spec->natives_count < 0 || (spec->natives_count > 0 && spec->natives == NULL)) {
    add_problem(report, "natives and natives_count (%d) do not match", spec->natives_count);
  }
  if (spec->events_count < 0 || (spec->events_count > 0 && spec->events == NULL)) {
    add_problem(report, "events and events_count (%d) do not match", spec->events_count);
    return 0;
  }
  for (int i = 0; i < spec->events_count; i++) {
    const jiis_event_spec* event = &spec->events[i];
    if (event->java_method == NULL || event->java_method[0] == '\0') {
      add_problem(report, "events[%d] has no java_method", i);
    } else if (event->java_signature == NULL || (strcmp(event->java_signature, "(J)I") != 0 &&
                                                 strcmp(event->java_signature, "()I") != 0)) {
      add_problem(report, "events[%d] (%s) has the signature '%s'; event entry points are '(J)I' "
                  "or '()I'", i, event->java_method,
                  event->java_signature != NULL ? event->java_signature : "(null)");
    }
  }
  return report->length == 0;
}

/* ---- starting ---- */

/* Everything jiis_start works out, freed in one place. */
typedef struct start_context {
  const jiis_module_spec* spec;
  jiis_buf module_path;
  jiis_buf module_dir;
  jiis_buf settings_path;
  jiis_settings settings;
  jiis_strlist class_path;
  jiis_jvm jvm;
  jiis_buf upcalls; /* how events enter Java, for the start entry */
  jiis_buf report; /* what went wrong, for the one failure entry */
} start_context;

static void free_context(start_context* c) {
  jiis_buf_free(&c->module_path);
  jiis_buf_free(&c->module_dir);
  jiis_buf_free(&c->settings_path);
  jiis_settings_free(&c->settings);
  jiis_strlist_free(&c->class_path);
  jiis_buf_free(&c->jvm.description);
  jiis_buf_free(&c->upcalls);
  jiis_buf_free(&c->report);
}

/* Reads <Name>.jiis.properties beside the module library. A missing file means defaults. */
static int32_t load_settings(start_context* c) {
  const char* name = c->spec->module_name;
  if (!jiis_platform_module_path(&c->module_path, &c->report)) return JIIS_E_SETTINGS;
  jiis_path_parent(&c->module_dir, jiis_buf_str(&c->module_path));
  jiis_buf file_name = JIIS_BUF_INIT;
  jiis_buf_appendf(&file_name, "%s.jiis.properties", name);
  jiis_path_join(&c->settings_path, jiis_buf_str(&c->module_dir), jiis_buf_str(&file_name));
  jiis_buf_free(&file_name);
  jiis_settings_init(&c->settings, jiis_buf_str(&c->module_dir), name);

  const char* path = jiis_buf_str(&c->settings_path);
  jiis_buf text = JIIS_BUF_INIT;
  jiis_read_result read = jiis_platform_read_file(path, &text, &c->report);
  if (read == JIIS_READ_FAILED) {
    jiis_buf_free(&text);
    return JIIS_E_SETTINGS;
  }
  if (read == JIIS_READ_MISSING) {
    jiis_log(JIIS_LOG_INFO, "No settings file %s: using the defaults.", path);
  }
  c->settings.file_read = read == JIIS_READ_OK;
  if (c->settings.file_read && !jiis_settings_parse(&c->settings, jiis_buf_str(&text), path,
                                  jiis_buf_str(&c->module_dir))) {
    jiis_buf_appendf(&c->report, "%s has %d error(s):", path, c->settings.errors.count);
    for (int i = 0; i < c->settings.errors.count; i++) {
      jiis_buf_appendf(&c->report, "\n  - %s", c->settings.errors.items[i]);
    }
  }
  jiis_buf_free(&text);
  jiis_log_set_level(c->settings.log_level);
  if (c->settings.log_file.length > 0) {
    jiis_buf error = JIIS_BUF_INIT;
    if (!jiis_platform_log_use_file(jiis_buf_str(&c->settings.log_file), &error)) {
      jiis_log(JIIS_LOG_WARNING, "%s (log.file in %s)", jiis_buf_str(&error), path);
    }
    jiis_buf_free(&error);
  }
  return c->report.length > 0 ? JIIS_E_SETTINGS : JIIS_S_OK;
}

static int32_t start_java(start_context* c) {
  jiis_buf error = JIIS_BUF_INIT;
  int ok = jiis_threads_init(c->jvm.vm, c->spec->module_name, &error);
  if (!ok) jiis_buf_appendf(&c->report, "Setting up JVM thread attachment failed: %s", jiis_buf_str(&error));
  jiis_buf_free(&error);
  if (!ok) return JIIS_E_JAVA_START;
  if (c->jvm.creator_env != NULL) jiis_threads_adopt(c->jvm.creator_env);
  JNIEnv* env = jiis_thread_env();
  if (env == NULL) {
    jiis_buf_append(&c->report, "The thread calling RegisterModule could not be attached to the JVM");
    return JIIS_E_JAVA_START;
  }
  int foreign_upcalls = c->settings.upcalls == JIIS_UPCALLS_AUTO;
  if (!jiis_java_module_start(env, c->spec, &c->class_path, c->settings.debug, foreign_upcalls,
                              &java_module, &c->upcalls, &c->report)) {
    return JIIS_E_JAVA_START;
  }
  return JIIS_S_OK;
}

static int32_t start_module(start_context* c) {
  int32_t result = load_settings(c);
  if (result != JIIS_S_OK) return result;
  if (!jiis_class_path_expand(&c->settings.class_path, &c->class_path, &c->report)) {
    jiis_buf_appendf(&c->report, "\nSet class.path in %s (entries are separated by ';' and "
                     "relative to %s).", jiis_buf_str(&c->settings_path), jiis_buf_str(&c->module_dir));
    return JIIS_E_SETTINGS;
  }
  result = jiis_jvm_acquire(&c->settings, jiis_buf_str(&c->settings_path), &c->jvm, &c->report);
  if (result != JIIS_S_OK) return result;
  return start_java(c);
}

static int32_t report_failure(start_context* c, int32_t result) {
  int fail = c->settings.failure_policy == JIIS_POLICY_FAIL;
  jiis_buf message = JIIS_BUF_INIT;
  jiis_buf_appendf(&message, "The jiis module %s did not start: %s\n", jiis_log_source(),
                   c->report.failed ? "(out of memory describing the failure)" : jiis_buf_str(&c->report));
  if (fail) {
    jiis_buf_appendf(&message, "RegisterModule returns 0x%08X (startup.failure = fail).",
                     static_cast<unsigned>(result));
  } else {
    jiis_buf_append(&message, "The module stays inactive and IIS runs on without it "
                              "(startup.failure = inert; set it to fail to make RegisterModule fail).");
  }
  jiis_log_write(JIIS_LOG_ERROR, jiis_buf_str(&message));
  jiis_buf_free(&message);
  return fail ? result : JIIS_S_OK;
}

extern "C" int32_t jiis_start(const jiis_module_spec* spec) {
  try {
    if (jiis_platform_atomic_compare_exchange(&state, STATE_NEW, STATE_STARTING) != STATE_NEW) {
      jiis_log(JIIS_LOG_WARNING, "jiis_start was called again for an already started module; ignored.");
      return JIIS_S_OK;
    }
    start_context c;
    memset(&c, 0, sizeof c);
    c.spec = spec; /* settings stay zero, i.e. startup.failure = inert, until they are read */
    if (spec != NULL && valid_module_name(spec->module_name)) jiis_log_init(spec->module_name);
    int32_t result = valid_spec(spec, &c.report) ? start_module(&c) : JIIS_E_INVALID_SPEC;
    if (result == JIIS_S_OK) {
      jiis_log(JIIS_LOG_INFO, "The jiis module %s started: it %s; events enter Java through %s.",
               spec->module_name, jiis_buf_str(&c.jvm.description), jiis_buf_str(&c.upcalls));
      jiis_platform_atomic_store(&state, STATE_RUNNING);
    } else {
      jiis_platform_atomic_store(&state, STATE_INERT);
      result = report_failure(&c, result);
    }
    free_context(&c);
    return result;
  } catch (...) {
    jiis_platform_atomic_store(&state, STATE_INERT);
    jiis_log(JIIS_LOG_ERROR, "The jiis module did not start: unexpected C++ exception.");
    return JIIS_E_JAVA_START;
  }
}

/* ---- running ---- */

extern "C" int jiis_active(void) {
  return jiis_platform_atomic_load(&state) == STATE_RUNNING;
}

/* Stack an upcall stub needs left below its caller. A stub enters Java without the check a JNI
 * upcall makes, so on a nearly full stack the StackOverflowError would come where nothing can
 * catch it and the JVM would end the worker process; such an event takes the JNI upcall, which
 * reports the overflow as an exception. Well above HotSpot's guard and shadow zones. */
static const uintptr_t UPCALL_STACK_RESERVE = 128 * 1024;

static int stack_allows_upcall(uintptr_t stack_floor) {
  char here = 0;
  uintptr_t position = reinterpret_cast<uintptr_t>(&here);
  return stack_floor != 0 && position > stack_floor && position - stack_floor > UPCALL_STACK_RESERVE;
}

#define ESCAPED_MESSAGE \
  "An exception escaped NativeModule.%s; the event continues as if the module had not handled it"

/* Makes the throwable NativeModule's upcall stub caught pending again, so that it is reported like
 * one a JNI upcall left; 0 when another thread's report took it first. */
static int rethrow_escaped(JNIEnv* env) {
  jthrowable thrown = static_cast<jthrowable>(env->CallObjectMethod(java_module.module, java_module.take_escaped));
  if (env->ExceptionCheck()) return 1;
  if (thrown == NULL) return 0;
  env->Throw(thrown);
  env->DeleteLocalRef(thrown);
  return 1;
}

/* The status the Java side chose; CONTINUE when it failed (which is logged). */
static jint call_java(JNIEnv* env, uintptr_t stack_floor, const jiis_java_event* event, jlong arg) {
  int stub = (event->takes_arg ? event->upcall_with_arg != NULL : event->upcall_without_arg != NULL) &&
             stack_allows_upcall(stack_floor);
  jint status;
  if (stub) {
    status = event->takes_arg ? event->upcall_with_arg(arg) : event->upcall_without_arg();
    if (status != JIIS_UPCALL_ESCAPED) return status;
    if (!rethrow_escaped(env)) {
      jiis_log(JIIS_LOG_ERROR, ESCAPED_MESSAGE " (another thread's report took its details)",
               event->java_method);
      return STATUS_CONTINUE;
    }
  } else {
    jvalue args[1];
    args[0].j = arg;
    status = env->CallIntMethodA(java_module.module, event->method, args);
  }
  return jiis_jni_failed(env, ESCAPED_MESSAGE, event->java_method) ? STATUS_CONTINUE : status;
}

extern "C" int jiis_dispatch(int event_index, jlong arg) {
  try {
    if (jiis_platform_atomic_load(&state) != STATE_RUNNING) return STATUS_CONTINUE;
    if (event_index < 0 || event_index >= java_module.events_count) {
      jiis_log(JIIS_LOG_ERROR, "jiis_dispatch: no event %d (the module has %d)", event_index,
               java_module.events_count);
      return STATUS_CONTINUE;
    }
    uintptr_t stack_floor = 0;
    JNIEnv* env = jiis_thread_env_and_stack(&stack_floor);
    if (env == NULL) return STATUS_CONTINUE;
    const jiis_java_event* event = &java_module.events[event_index];
    jint status = call_java(env, stack_floor, event, arg);
    if (status != STATUS_CONTINUE && status != STATUS_HANDLED) {
      if (jiis_platform_atomic_compare_exchange(&bad_status_logged, 0, 1) == 0) {
        jiis_log(JIIS_LOG_ERROR, "NativeModule.%s returned %d, which is not a "
                 "GLOBAL_NOTIFICATION_STATUS; treated as CONTINUE (logged once).",
                 event->java_method, static_cast<int>(status));
      }
      return STATUS_CONTINUE;
    }
    return static_cast<int>(status);
  } catch (...) {
    return STATUS_CONTINUE;
  }
}

extern "C" JNIEnv* jiis_env(void) {
  try {
    long current = jiis_platform_atomic_load(&state);
    return current == STATE_RUNNING ? jiis_thread_env() : NULL;
  } catch (...) {
    return NULL;
  }
}

extern "C" void jiis_resume(void) {
  try {
    if (jiis_platform_atomic_load(&state) != STATE_RUNNING) return;
    JNIEnv* env = jiis_thread_env();
    if (env == NULL) return;
    env->CallVoidMethod(java_module.module, java_module.resume);
    jiis_jni_failed(env, "An exception escaped NativeModule.resume; the process resumes anyway");
  } catch (...) {
  }
}

/* ---- stopping ---- */

extern "C" void jiis_stop(void) {
  try {
    if (jiis_platform_atomic_compare_exchange(&state, STATE_RUNNING, STATE_STOPPED) != STATE_RUNNING) {
      return;
    }
    /* Threads ending from now on belong to a process that is shutting down: leave them be. */
    jiis_threads_stop_detaching();
    JNIEnv* env = jiis_thread_env();
    if (env != NULL) {
      env->CallVoidMethod(java_module.module, java_module.terminate);
      jiis_jni_failed(env, "An exception escaped NativeModule.terminate");
    }
    jiis_log(JIIS_LOG_INFO, "The jiis module %s stopped; later events pass through.",
             jiis_log_source());
  } catch (...) {
  }
}
