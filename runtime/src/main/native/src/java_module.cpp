#include "java_module.h"

#include <stdlib.h>
#include <string.h>

#include "jni_util.h"

static const char NATIVE_MODULE_CLASS[] = "org.jiis.internal.NativeModule";
/* start(moduleName, dispatcherClassName, natives, debug, server, serverVersion, moduleId) */
static const char START_SIGNATURE[] =
    "(Ljava/lang/String;Ljava/lang/String;Lorg/jiis/internal/NativeAccess;ZJIJ)"
    "Lorg/jiis/internal/NativeModule;";
static const char EVENT_WITH_ARG[] = "(J)I";

/* 1 if the last JNI call succeeded; else 0 with "<step> failed: <exception>" in `report`. */
static int succeeded(JNIEnv* env, jiis_buf* report, const char* step) {
  if (!env->ExceptionCheck()) return 1;
  jiis_buf_appendf(report, "%s failed: ", step);
  jiis_jni_take_exception(env, report);
  return 0;
}

/* new URL[] { new File(path).toURI().toURL(), ... } */
static jobjectArray class_path_urls(JNIEnv* env, const jiis_strlist* class_path, jiis_buf* report) {
  const char* step = "Building the class path URLs";
  jclass file_class = env->FindClass("java/io/File");
  if (!succeeded(env, report, step)) return NULL;
  jmethodID file_init = env->GetMethodID(file_class, "<init>", "(Ljava/lang/String;)V");
  if (!succeeded(env, report, step)) return NULL;
  jmethodID to_uri = env->GetMethodID(file_class, "toURI", "()Ljava/net/URI;");
  if (!succeeded(env, report, step)) return NULL;
  jclass uri_class = env->FindClass("java/net/URI");
  if (!succeeded(env, report, step)) return NULL;
  jmethodID to_url = env->GetMethodID(uri_class, "toURL", "()Ljava/net/URL;");
  if (!succeeded(env, report, step)) return NULL;
  jclass url_class = env->FindClass("java/net/URL");
  if (!succeeded(env, report, step)) return NULL;
  jobjectArray urls = env->NewObjectArray(class_path->count, url_class, NULL);
  if (!succeeded(env, report, step)) return NULL;
  for (int i = 0; i < class_path->count; i++) {
    jstring path = jiis_jni_new_string_utf8(env, class_path->items[i]);
    if (!succeeded(env, report, step)) return NULL;
    jobject file = env->NewObject(file_class, file_init, path);
    if (!succeeded(env, report, step)) return NULL;
    jobject uri = env->CallObjectMethod(file, to_uri);
    if (!succeeded(env, report, step)) return NULL;
    jobject url = env->CallObjectMethod(uri, to_url);
    if (!succeeded(env, report, step)) return NULL;
    env->SetObjectArrayElement(urls, i, url);
    if (!succeeded(env, report, step)) return NULL;
    env->DeleteLocalRef(url);
    env->DeleteLocalRef(uri);
    env->DeleteLocalRef(file);
    env->DeleteLocalRef(path);
  }
  return urls;
}

/* new URLClassLoader("jiis-<Name>", urls, ClassLoader.getPlatformClassLoader()): the module
 * sees the Java platform and its own class path, not the JVM's class path or other modules. */
static jobject create_class_loader(JNIEnv* env, const char* module_name, jobjectArray urls,
                                   jiis_buf* report) {
  const char* step = "Creating the module's class loader";
  jclass class_loader_class = env->FindClass("java/lang/ClassLoader");
  if (!succeeded(env, report, step)) return NULL;
  jmethodID platform_loader_method = env->GetStaticMethodID(
      class_loader_class, "getPlatformClassLoader", "()Ljava/lang/ClassLoader;");
  if (!succeeded(env, report, step)) return NULL;
  jobject platform_loader = env->CallStaticObjectMethod(class_loader_class, platform_loader_method);
  if (!succeeded(env, report, step)) return NULL;
  jclass url_class_loader_class = env->FindClass("java/net/URLClassLoader");
  if (!succeeded(env, report, step)) return NULL;
  jmethodID init = env->GetMethodID(url_class_loader_class, "<init>",
                                    "(Ljava/lang/String;[Ljava/net/URL;Ljava/lang/ClassLoader;)V");
  if (!succeeded(env, report, step)) return NULL;
  jiis_buf name = JIIS_BUF_INIT;
  jiis_buf_appendf(&name, "jiis-%s", module_name);
  jstring loader_name = jiis_jni_new_string_utf8(env, jiis_buf_str(&name));
  jiis_buf_free(&name);
  if (!succeeded(env, report, step)) return NULL;
  jobject loader = env->NewObject(url_class_loader_class, init, loader_name, urls, platform_loader);
  if (!succeeded(env, report, step)) return NULL;
  return loader;
}

static jclass load_class(JNIEnv* env, jobject loader, const char* binary_name,
                         const jiis_strlist* class_path, jiis_buf* report) {
  jiis_buf step = JIIS_BUF_INIT;
  jiis_buf_appendf(&step, "Loading %s through the module's class loader (class path:", binary_name);
  for (int i = 0; i < class_path->count; i++) jiis_buf_appendf(&step, " %s", class_path->items[i]);
  jiis_buf_append(&step, ")");
  jclass result = NULL;
  jclass loader_class = env->GetObjectClass(loader);
  jmethodID load = env->GetMethodID(loader_class, "loadClass", "(Ljava/lang/String;)Ljava/lang/Class;");
  if (succeeded(env, report, jiis_buf_str(&step))) {
    jstring name = jiis_jni_new_string_utf8(env, binary_name);
    if (succeeded(env, report, jiis_buf_str(&step))) {
      result = static_cast<jclass>(env->CallObjectMethod(loader, load, name));
      if (!succeeded(env, report, jiis_buf_str(&step))) result = NULL;
    }
  }
  jiis_buf_free(&step);
  return result;
}

static int bind_natives(JNIEnv* env, const jiis_module_spec* spec, jclass natives_class,
                        jiis_buf* report) {
  if (spec->natives_count == 0) return 1;
  jiis_buf step = JIIS_BUF_INIT;
  jiis_buf_appendf(&step, "Binding the %d native methods of %s (RegisterNatives)",
                   spec->natives_count, spec->natives_class);
  jint rc = env->RegisterNatives(natives_class, spec->natives, spec->natives_count);
  int ok = succeeded(env, report, jiis_buf_str(&step));
  if (ok && rc != JNI_OK) {
    jiis_buf_appendf(report, "%s failed with %s", jiis_buf_str(&step), jiis_jni_error_name(rc));
    ok = 0;
  }
  jiis_buf_free(&step);
  return ok;
}

static int resolve_entry_points(JNIEnv* env, const jiis_module_spec* spec, jclass module_class,
                                jiis_java_module* module, jiis_buf* report) {
  module->events = static_cast<jiis_java_event*>(
      calloc(static_cast<size_t>(spec->events_count > 0 ? spec->events_count : 1), sizeof(jiis_java_event)));
  if (module->events == NULL) {
    jiis_buf_append(report, "Out of memory resolving the event entry points");
    return 0;
  }
  module->events_count = spec->events_count;
  jiis_buf step = JIIS_BUF_INIT;
  int ok = 1;
  for (int i = 0; i < spec->events_count && ok; i++) {
    const jiis_event_spec* event = &spec->events[i];
    jiis_buf_clear(&step);
    jiis_buf_appendf(&step, "Finding the event entry point %s.%s%s", NATIVE_MODULE_CLASS,
                     event->java_method, event->java_signature);
    jiis_java_event* resolved = &module->events[i];
    size_t name_size = strlen(event->java_method) + 1;
    resolved->java_method = static_cast<char*>(malloc(name_size));
    if (resolved->java_method != NULL) memcpy(resolved->java_method, event->java_method, name_size);
    resolved->takes_arg = strcmp(event->java_signature, EVENT_WITH_ARG) == 0;
    resolved->method = env->GetMethodID(module_class, event->java_method, event->java_signature);
    ok = succeeded(env, report, jiis_buf_str(&step)) && resolved->java_method != NULL;
  }
  if (ok) {
    jiis_buf_clear(&step);
    jiis_buf_appendf(&step, "Finding %s.terminate()V", NATIVE_MODULE_CLASS);
    module->terminate = env->GetMethodID(module_class, "terminate", "()V");
    ok = succeeded(env, report, jiis_buf_str(&step));
  }
  if (ok) {
    jiis_buf_clear(&step);
    jiis_buf_appendf(&step, "Finding %s.resume()V", NATIVE_MODULE_CLASS);
    module->resume = env->GetMethodID(module_class, "resume", "()V");
    ok = succeeded(env, report, jiis_buf_str(&step));
  }
  jiis_buf_free(&step);
  return ok;
}

static jobject call_start(JNIEnv* env, const jiis_module_spec* spec, jclass natives_class,
                          int debug, jclass module_class, jiis_buf* report) {
  jiis_buf step = JIIS_BUF_INIT;
  jobject started = NULL;
  jiis_buf_appendf(&step, "Creating %s with its public no-argument constructor", spec->natives_class);
  jmethodID natives_init = env->GetMethodID(natives_class, "<init>", "()V");
  jobject natives = succeeded(env, report, jiis_buf_str(&step))
                        ? env->NewObject(natives_class, natives_init) : NULL;
  if (natives != NULL && succeeded(env, report, jiis_buf_str(&step))) {
    jiis_buf_clear(&step);
    jiis_buf_appendf(&step, "Starting the Java module (%s.start)", NATIVE_MODULE_CLASS);
    jmethodID start = env->GetStaticMethodID(module_class, "start", START_SIGNATURE);
    jstring name = succeeded(env, report, jiis_buf_str(&step))
                       ? jiis_jni_new_string_utf8(env, spec->module_name) : NULL;
    jstring dispatcher = name != NULL && succeeded(env, report, jiis_buf_str(&step))
                             ? jiis_jni_new_string_utf8(env, spec->dispatcher_class) : NULL;
    if (dispatcher != NULL && succeeded(env, report, jiis_buf_str(&step))) {
      started = env->CallStaticObjectMethod(
          module_class, start, name, dispatcher, natives,
          static_cast<jboolean>(debug ? JNI_TRUE : JNI_FALSE),
          static_cast<jlong>(reinterpret_cast<intptr_t>(spec->server)),
          static_cast<jint>(spec->server_version),
          static_cast<jlong>(reinterpret_cast<intptr_t>(spec->module_id)));
      if (!succeeded(env, report, jiis_buf_str(&step))) {
        started = NULL;
      } else if (started == NULL) {
        jiis_buf_appendf(report, "%s failed: it returned null", jiis_buf_str(&step));
      }
    }
  }
  jiis_buf_free(&step);
  return started;
}

/* A String[] of the entry points' method names (descriptors with `descriptors`), or NULL with an
 * exception pending. */
static jobjectArray entry_point_texts(JNIEnv* env, const jiis_module_spec* spec, int descriptors) {
  jclass string_class = env->FindClass("java/lang/String");
  if (string_class == NULL) return NULL;
  jobjectArray texts = env->NewObjectArray(spec->events_count, string_class, NULL);
  for (int i = 0; texts != NULL && i < spec->events_count; i++) {
    const jiis_event_spec* event = &spec->events[i];
    jstring text = jiis_jni_new_string_utf8(env, descriptors ? event->java_signature : event->java_method);
    if (text == NULL) return NULL;
    env->SetObjectArrayElement(texts, i, text);
    env->DeleteLocalRef(text);
    if (env->ExceptionCheck()) return NULL;
  }
  return texts;
}

/* Why NativeModule.upcallStubs gave no stubs: an UnsupportedOperationException's message is the
 * expected reason (an older JVM); anything else is a fault, logged as a warning with its trace. */
static void explain_no_upcalls(JNIEnv* env, jiis_buf* upcalls) {
  jthrowable thrown = env->ExceptionOccurred();
  env->ExceptionClear();
  jclass unsupported = env->FindClass("java/lang/UnsupportedOperationException");
  if (unsupported != NULL && thrown != NULL && env->IsInstanceOf(thrown, unsupported)) {
    jclass throwable = env->FindClass("java/lang/Throwable");
    jmethodID get_message = throwable != NULL
        ? env->GetMethodID(throwable, "getMessage", "()Ljava/lang/String;") : NULL;
    jstring message = get_message != NULL
        ? static_cast<jstring>(env->CallObjectMethod(thrown, get_message)) : NULL;
    jiis_buf_append(upcalls, "JNI upcalls (");
    if (env->ExceptionCheck() || !jiis_jni_append_string(env, message, upcalls)) {
      env->ExceptionClear();
      jiis_buf_append(upcalls, "this JVM offers no foreign-function upcalls");
    }
    jiis_buf_append(upcalls, ")");
    return;
  }
  env->ExceptionClear();
  if (thrown != NULL) env->Throw(thrown);
  jiis_jni_failed(env, "Creating foreign-function upcall stubs failed; events take JNI upcalls");
  jiis_buf_append(upcalls, "JNI upcalls (creating foreign-function upcall stubs failed; see the "
                  "warning before this entry)");
}

/* Fills in the events' upcall stubs from NativeModule.upcallStubs, or says in `upcalls` why
 * there are none. Never fails the start: JNI upcalls always work. */
static void resolve_upcalls(JNIEnv* env, const jiis_module_spec* spec, jclass module_class,
                            jobject started, jiis_java_module* module, jiis_buf* upcalls) {
  module->take_escaped = env->GetMethodID(module_class, "takeEscaped", "()Ljava/lang/Throwable;");
  jmethodID create = module->take_escaped != NULL
      ? env->GetMethodID(module_class, "upcallStubs", "([Ljava/lang/String;[Ljava/lang/String;)[J") : NULL;
  jobjectArray methods = create != NULL ? entry_point_texts(env, spec, 0) : NULL;
  jobjectArray descriptors = methods != NULL ? entry_point_texts(env, spec, 1) : NULL;
  jlongArray stubs = descriptors != NULL
      ? static_cast<jlongArray>(env->CallObjectMethod(started, create, methods, descriptors)) : NULL;
  if (env->ExceptionCheck()) {
    explain_no_upcalls(env, upcalls);
    return;
  }
  if (stubs == NULL || env->GetArrayLength(stubs) != spec->events_count) {
    jiis_log(JIIS_LOG_WARNING, "NativeModule.upcallStubs did not return one stub per entry point; "
             "events take JNI upcalls");
    jiis_buf_append(upcalls, "JNI upcalls (no upcall stub per entry point)");
    return;
  }
  for (int i = 0; i < spec->events_count; i++) {
    jlong address = 0;
    env->GetLongArrayRegion(stubs, i, 1, &address);
    void* stub = reinterpret_cast<void*>(static_cast<intptr_t>(address));
    jiis_java_event* event = &module->events[i];
    if (event->takes_arg) {
      event->upcall_with_arg = reinterpret_cast<jiis_upcall_with_arg>(stub);
    } else {
      event->upcall_without_arg = reinterpret_cast<jiis_upcall_without_arg>(stub);
    }
  }
  jiis_buf_append(upcalls, "foreign-function upcalls");
}

/* A global reference to `local`, or NULL with the failure in `report`. */
static jobject keep(JNIEnv* env, jobject local, jiis_buf* report) {
  jobject global = env->NewGlobalRef(local);
  if (global == NULL) {
    env->ExceptionClear();
    jiis_buf_append(report, "Out of memory creating JNI global references for the module");
  }
  return global;
}

static int start_in_frame(JNIEnv* env, const jiis_module_spec* spec, const jiis_strlist* class_path,
                          int debug, int foreign_upcalls, jiis_java_module* module,
                          jiis_buf* upcalls, jiis_buf* report) {
  jobjectArray urls = class_path_urls(env, class_path, report);
  if (urls == NULL) return 0;
  jobject loader = create_class_loader(env, spec->module_name, urls, report);
  if (loader == NULL) return 0;
  jclass module_class = load_class(env, loader, NATIVE_MODULE_CLASS, class_path, report);
  if (module_class == NULL) return 0;
  jclass natives_class = load_class(env, loader, spec->natives_class, class_path, report);
  if (natives_class == NULL) return 0;
  if (!bind_natives(env, spec, natives_class, report)) return 0;
  if (!resolve_entry_points(env, spec, module_class, module, report)) return 0;
  jobject started = call_start(env, spec, natives_class, debug, module_class, report);
  if (started == NULL) return 0;
  if (foreign_upcalls) {
    resolve_upcalls(env, spec, module_class, started, module, upcalls);
  } else {
    jiis_buf_append(upcalls, "JNI upcalls (event.upcalls = jni)");
  }

  module->class_loader = keep(env, loader, report);
  module->module_class = static_cast<jclass>(keep(env, module_class, report));
  module->natives_class = static_cast<jclass>(keep(env, natives_class, report));
  module->module = keep(env, started, report);
  return module->class_loader != NULL && module->module_class != NULL &&
         module->natives_class != NULL && module->module != NULL;
}

/* Undoes a start that failed part way. */
static void release(JNIEnv* env, jiis_java_module* module) {
  if (module->module != NULL) env->DeleteGlobalRef(module->module);
  if (module->natives_class != NULL) env->DeleteGlobalRef(module->natives_class);
  if (module->module_class != NULL) env->DeleteGlobalRef(module->module_class);
  if (module->class_loader != NULL) env->DeleteGlobalRef(module->class_loader);
  for (int i = 0; i < module->events_count; i++) free(module->events[i].java_method);
  free(module->events);
  memset(module, 0, sizeof *module);
}

int jiis_java_module_start(JNIEnv* env, const jiis_module_spec* spec, const jiis_strlist* class_path,
                           int debug, int foreign_upcalls, jiis_java_module* module,
                           jiis_buf* upcalls, jiis_buf* report) {
  memset(module, 0, sizeof *module);
  if (env->PushLocalFrame(64) != JNI_OK) {
    succeeded(env, report, "Reserving JNI local references");
    return 0;
  }
  int ok = start_in_frame(env, spec, class_path, debug, foreign_upcalls, module, upcalls, report);
  env->PopLocalFrame(NULL);
  if (!ok) release(env, module);
  return ok;
}
