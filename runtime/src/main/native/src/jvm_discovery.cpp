#include "jvm_discovery.h"

#include "jiis/platform.h"
#include "paths.h"

static const char CREATE_JAVA_VM[] = "JNI_CreateJavaVM";
static const char GET_CREATED_JAVA_VMS[] = "JNI_GetCreatedJavaVMs";

/* The places looked at so far, one line each, for the report when none works. */
typedef struct search {
  jiis_strlist tried;
  jiis_buf line;
  jiis_jvm_library* result;
} search;

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static void note(search* s, const char* format, ...) {
  jiis_buf_clear(&s->line);
  va_list args;
  va_start(args, format);
  jiis_buf_vappendf(&s->line, format, args);
  va_end(args);
  jiis_strlist_add(&s->tried, jiis_buf_str(&s->line));
}

static int try_library(search* s, const char* label, const char* path) {
  if (!jiis_platform_file_exists(path)) {
    note(s, "%s: %s does not exist", label, path);
    return 0;
  }
  jiis_buf error = JIIS_BUF_INIT;
  void* library = jiis_platform_load_library(path, &error);
  if (library == NULL) {
    note(s, "%s: %s could not be loaded: %s", label, path, jiis_buf_str(&error));
    jiis_buf_free(&error);
    return 0;
  }
  jiis_buf_free(&error);
  void* create = jiis_platform_library_symbol(library, CREATE_JAVA_VM);
  void* created = jiis_platform_library_symbol(library, GET_CREATED_JAVA_VMS);
  if (create == NULL || created == NULL) {
    note(s, "%s: %s is not a JVM library (it does not export %s)", label, path,
         create == NULL ? CREATE_JAVA_VM : GET_CREATED_JAVA_VMS);
    jiis_platform_unload_library(library);
    return 0;
  }
  jiis_buf_append(&s->result->path, path);
  s->result->create_java_vm = reinterpret_cast<jiis_create_java_vm_fn>(create);
  s->result->get_created_java_vms = reinterpret_cast<jiis_get_created_java_vms_fn>(created);
  return 1;
}

static int try_home(search* s, const char* label, const char* home) {
  if (!jiis_platform_directory_exists(home)) {
    note(s, "%s: the folder %s does not exist", label, home);
    return 0;
  }
  jiis_buf path = JIIS_BUF_INIT;
  int found = 0;
  for (const char* const* relative = jiis_platform_jvm_library_paths_in_home();
       *relative != NULL && !found; relative++) {
    jiis_buf_clear(&path);
    jiis_path_join(&path, home, *relative);
    found = try_library(s, label, jiis_buf_str(&path));
  }
  jiis_buf_free(&path);
  return found;
}

static int try_already_loaded(search* s) {
  void* create = jiis_platform_loaded_jvm_symbol(CREATE_JAVA_VM);
  void* created = jiis_platform_loaded_jvm_symbol(GET_CREATED_JAVA_VMS);
  if (create == NULL || created == NULL) return 0;
  jiis_buf_append(&s->result->path, "the JVM library already loaded in this process");
  s->result->create_java_vm = reinterpret_cast<jiis_create_java_vm_fn>(create);
  s->result->get_created_java_vms = reinterpret_cast<jiis_get_created_java_vms_fn>(created);
  return 1;
}

static int try_registry(search* s) {
  jiis_strlist labels = JIIS_STRLIST_INIT;
  jiis_strlist homes = JIIS_STRLIST_INIT;
  jiis_strlist nothing_found = JIIS_STRLIST_INIT;
  jiis_platform_registered_java_homes(&labels, &homes, &nothing_found);
  for (int i = 0; i < nothing_found.count; i++) jiis_strlist_add(&s->tried, nothing_found.items[i]);
  int found = 0;
  for (int i = 0; i < homes.count && !found; i++) found = try_home(s, labels.items[i], homes.items[i]);
  jiis_strlist_free(&labels);
  jiis_strlist_free(&homes);
  jiis_strlist_free(&nothing_found);
  return found;
}

static int search_places(search* s, const jiis_settings* settings, const char* settings_path) {
  if (try_already_loaded(s)) return 1;
  jiis_buf label = JIIS_BUF_INIT;
  int found = 0;
  if (settings->jvm_library.length > 0) {
    jiis_buf_appendf(&label, "jvm.library in %s", settings_path);
    found = try_library(s, jiis_buf_str(&label), jiis_buf_str(&settings->jvm_library));
  } else if (settings->java_home.length > 0) {
    jiis_buf_appendf(&label, "java.home in %s", settings_path);
    found = try_home(s, jiis_buf_str(&label), jiis_buf_str(&settings->java_home));
  } else {
    if (settings->file_read) {
      note(s, "%s: neither jvm.library nor java.home is set", settings_path);
    } else {
      note(s, "%s: no such file (it can set jvm.library or java.home)", settings_path);
    }
    jiis_buf java_home = JIIS_BUF_INIT;
    if (jiis_platform_getenv("JAVA_HOME", &java_home) && java_home.length > 0) {
      jiis_buf_appendf(&label, "JAVA_HOME=%s", jiis_buf_str(&java_home));
      found = try_home(s, jiis_buf_str(&label), jiis_buf_str(&java_home));
    } else {
      note(s, "JAVA_HOME: not set for this process");
    }
    jiis_buf_free(&java_home);
    if (!found) found = try_registry(s);
  }
  jiis_buf_free(&label);
  return found;
}

int jiis_find_jvm_library(const jiis_settings* settings, const char* settings_path,
                          jiis_jvm_library* library, jiis_buf* report) {
  search s = {JIIS_STRLIST_INIT, JIIS_BUF_INIT, library};
  int found = search_places(&s, settings, settings_path);
  if (!found) {
    jiis_buf_append(report, "no Java runtime found. Places tried:");
    for (int i = 0; i < s.tried.count; i++) jiis_buf_appendf(report, "\n  - %s", s.tried.items[i]);
    jiis_buf_appendf(report,
                     "\nTo fix: set jvm.library (the JVM library, e.g. <java home>%c%s) or "
                     "java.home in %s, or set JAVA_HOME for the worker process. "
                     "Java 17 or later is needed, with the same bitness as the process.",
                     JIIS_PATH_SEPARATOR, jiis_platform_jvm_library_paths_in_home()[0],
                     settings_path);
  }
  jiis_strlist_free(&s.tried);
  jiis_buf_free(&s.line);
  return found;
}

void jiis_jvm_library_free(jiis_jvm_library* library) {
  jiis_buf_free(&library->path);
  library->create_java_vm = NULL;
  library->get_created_java_vms = NULL;
}
