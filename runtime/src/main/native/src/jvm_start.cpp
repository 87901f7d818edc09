#include "jvm_start.h"

#include <stdlib.h>
#include <string.h>

#include "jiis/platform.h"
#include "jiis/runtime.h"
#include "jni_util.h"
#include "jvm_discovery.h"
#include "jvm_hooks.h"
#include "log.h"

static char XRS_OPTION[] = "-Xrs";
/* Lets the module's code (in its class loader's unnamed module) create the foreign-function upcall
 * stubs events enter Java through, without the JVM's restricted-method warning. Java 17 knows the
 * option too (from its incubating foreign API), so it is safe on every JVM jiis supports. */
static char NATIVE_ACCESS_OPTION[] = "--enable-native-access=ALL-UNNAMED";

static int wants_native_access(const jiis_settings* settings) {
  return settings->upcalls == JIIS_UPCALLS_AUTO;
}

static int join_existing(const jiis_jvm_library* library, const jiis_settings* settings,
                         jiis_jvm* jvm) {
  JavaVM* vm = NULL;
  jsize count = 0;
  if (library->get_created_java_vms(&vm, 1, &count) != JNI_OK || count < 1 || vm == NULL) return 0;
  jvm->vm = vm;
  jiis_buf_appendf(&jvm->description, "joined the JVM already running in this process (%s)",
                   jiis_buf_str(&library->path));
  if (settings->jvm_library.length > 0 || settings->java_home.length > 0 ||
      settings->jvm_options.count > 0 || !settings->xrs) {
    jiis_log(JIIS_LOG_WARNING,
             "The JVM was already running in this process (started by another module), so this "
             "module joined it and its jvm.library, java.home, jvm.option and jvm.xrs settings "
             "have no effect.");
  }
  return 1;
}

/* The hooks, -Xrs, native access, then the user's options in the encoding the JVM reads. */
static int build_options(const jiis_settings* settings, JavaVMOption** options_out, int* count_out,
                         jiis_strlist* texts, jiis_buf* report) {
  for (int i = 0; i < settings->jvm_options.count; i++) {
    jiis_buf text = JIIS_BUF_INIT;
    jiis_buf error = JIIS_BUF_INIT;
    int ok = jiis_platform_jvm_option_text(settings->jvm_options.items[i], &text, &error);
    if (ok) jiis_strlist_add(texts, jiis_buf_str(&text));
    if (!ok) jiis_buf_append(report, jiis_buf_str(&error));
    jiis_buf_free(&text);
    jiis_buf_free(&error);
    if (!ok) return 0;
  }
  if (texts->failed) return 0;
  int count = JIIS_JVM_HOOK_COUNT + (settings->xrs ? 1 : 0) + (wants_native_access(settings) ? 1 : 0) +
              texts->count;
  JavaVMOption* options =
      static_cast<JavaVMOption*>(calloc(static_cast<size_t>(count), sizeof(JavaVMOption)));
  if (options == NULL) return 0;
  jiis_jvm_hook_options(options);
  int next = JIIS_JVM_HOOK_COUNT;
  if (settings->xrs) options[next++].optionString = XRS_OPTION;
  if (wants_native_access(settings)) options[next++].optionString = NATIVE_ACCESS_OPTION;
  for (int i = 0; i < texts->count; i++) options[next++].optionString = texts->items[i];
  *options_out = options;
  *count_out = count;
  return 1;
}

static void describe_options(const jiis_settings* settings, jiis_buf* out) {
  if (settings->xrs) jiis_buf_appendf(out, " %s", XRS_OPTION);
  if (wants_native_access(settings)) jiis_buf_appendf(out, " %s", NATIVE_ACCESS_OPTION);
  for (int i = 0; i < settings->jvm_options.count; i++) {
    jiis_buf_appendf(out, " %s", settings->jvm_options.items[i]);
  }
  if (!settings->xrs && !wants_native_access(settings) && settings->jvm_options.count == 0) {
    jiis_buf_append(out, " (none)");
  }
}

static int32_t create(const jiis_jvm_library* library, const jiis_settings* settings,
                      jiis_jvm* jvm, jiis_buf* report) {
  jiis_strlist texts = JIIS_STRLIST_INIT;
  JavaVMOption* options = NULL;
  int count = 0;
  if (!build_options(settings, &options, &count, &texts, report)) {
    jiis_strlist_free(&texts);
    return report->length > 0 ? JIIS_E_SETTINGS : JIIS_E_OUT_OF_MEMORY;
  }
  JavaVMInitArgs args;
  memset(&args, 0, sizeof args);
  args.version = JIIS_JNI_VERSION;
  args.nOptions = count;
  args.options = options;
  args.ignoreUnrecognized = JNI_FALSE;

  JavaVM* vm = NULL;
  JNIEnv* env = NULL;
  jiis_jvm_output_capture_start();
  jint rc = library->create_java_vm(&vm, reinterpret_cast<void**>(&env), &args);
  jiis_buf output = JIIS_BUF_INIT;
  jiis_jvm_output_capture_stop(&output);
  free(options);
  jiis_strlist_free(&texts);

  int32_t result = JIIS_S_OK;
  if (rc != JNI_OK || vm == NULL || env == NULL) {
    jiis_buf_appendf(report, "JNI_CreateJavaVM (%s) failed with %s.\nJVM options:",
                     jiis_buf_str(&library->path), jiis_jni_error_name(rc));
    describe_options(settings, report);
    if (output.length > 0) {
      jiis_buf_append(report, "\nThe JVM said:\n  ");
      jiis_buf_append_indented(report, jiis_buf_str(&output), "  ");
    }
    result = JIIS_E_JVM_START;
  } else {
    if (output.length > 0) jiis_log(JIIS_LOG_WARNING, "JVM: %s", jiis_buf_str(&output));
    jvm->vm = vm;
    jvm->creator_env = env;
    jiis_buf_appendf(&jvm->description, "created the JVM from %s with options:",
                     jiis_buf_str(&library->path));
    describe_options(settings, &jvm->description);
  }
  jiis_buf_free(&output);
  return result;
}

int32_t jiis_jvm_acquire(const jiis_settings* settings, const char* settings_path, jiis_jvm* jvm,
                         jiis_buf* report) {
  jiis_jvm_library library = {JIIS_BUF_INIT, NULL, NULL};
  if (!jiis_find_jvm_library(settings, settings_path, &library, report)) {
    jiis_jvm_library_free(&library);
    return JIIS_E_JVM_NOT_FOUND;
  }
  int32_t result = JIIS_S_OK;
  if (!join_existing(&library, settings, jvm)) result = create(&library, settings, jvm, report);
  jiis_jvm_library_free(&library);
  return result;
}
