#include "settings.h"

#include <string.h>

#include "jiis/platform.h"
#include "jiis/runtime.h"
#include "paths.h"

typedef enum setting_key {
  KEY_JAVA_HOME,
  KEY_JVM_LIBRARY,
  KEY_CLASS_PATH,
  KEY_JVM_OPTION,
  KEY_JVM_XRS,
  KEY_STARTUP_FAILURE,
  KEY_LOG_LEVEL,
  KEY_LOG_FILE,
  KEY_DEBUG,
  KEY_EVENT_UPCALLS,
  KEY_COUNT
} setting_key;

static const char* const KEY_NAMES[KEY_COUNT] = {
    "java.home", "jvm.library", "class.path", "jvm.option", "jvm.xrs",
    "startup.failure", "log.level", "log.file", "debug", "event.upcalls"};

static const char KNOWN_KEYS[] =
    "java.home, jvm.library, class.path, jvm.option, jvm.xrs, startup.failure, log.level, "
    "log.file, debug, event.upcalls";

/* Indexed by the JIIS_LOG_* values. */
static const char* const LEVEL_NAMES[] = {"error", "warning", "info", "debug"};

static const char CLASS_PATH_SEPARATOR = ';';

void jiis_settings_init(jiis_settings* settings, const char* module_dir, const char* module_name) {
  memset(settings, 0, sizeof *settings);
  settings->xrs = 1;
  settings->upcalls = JIIS_UPCALLS_AUTO;
  settings->failure_policy = JIIS_POLICY_INERT;
  settings->log_level = JIIS_LOG_INFO;
  jiis_buf jar = JIIS_BUF_INIT;
  jiis_buf_appendf(&jar, "%s.jar", module_name);
  jiis_buf path = JIIS_BUF_INIT;
  jiis_path_resolve(&path, module_dir, jiis_buf_str(&jar));
  jiis_strlist_add(&settings->class_path, jiis_buf_str(&path));
  jiis_buf_free(&jar);
  jiis_buf_free(&path);
}

void jiis_settings_free(jiis_settings* settings) {
  jiis_buf_free(&settings->java_home);
  jiis_buf_free(&settings->jvm_library);
  jiis_strlist_free(&settings->class_path);
  jiis_strlist_free(&settings->jvm_options);
  jiis_buf_free(&settings->log_file);
  jiis_strlist_free(&settings->errors);
}

/* One line of the file being parsed. */
typedef struct line_context {
  jiis_settings* settings;
  const char* file_name;
  const char* module_dir;
  int number;
} line_context;

#if defined(__GNUC__) || defined(__clang__)
__attribute__((format(printf, 2, 3)))
#endif
static void add_error(const line_context* line, const char* format, ...) {
  jiis_buf message = JIIS_BUF_INIT;
  jiis_buf_appendf(&message, "%s:%d: ", line->file_name, line->number);
  va_list args;
  va_start(args, format);
  jiis_buf_vappendf(&message, format, args);
  va_end(args);
  jiis_strlist_add(&line->settings->errors, jiis_buf_str(&message));
  jiis_buf_free(&message);
}

static int is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v';
}

/* Trims [*start, *end) in place. */
static void trim(const char** start, const char** end) {
  while (*start < *end && is_blank(**start)) (*start)++;
  while (*end > *start && is_blank((*end)[-1])) (*end)--;
}

static int find_key(const char* name) {
  for (int key = 0; key < KEY_COUNT; key++) {
    if (strcmp(KEY_NAMES[key], name) == 0) return key;
  }
  return -1;
}

static int parse_boolean(const line_context* line, const char* key, const char* value, int* out) {
  if (jiis_ascii_equals_ignore_case(value, "true")) {
    *out = 1;
  } else if (jiis_ascii_equals_ignore_case(value, "false")) {
    *out = 0;
  } else {
    add_error(line, "%s must be true or false, not '%s'", key, value);
    return 0;
  }
  return 1;
}

static void set_path(const line_context* line, jiis_buf* target, const char* value) {
  jiis_buf_clear(target);
  jiis_path_resolve(target, line->module_dir, value);
}

static void add_class_path_entry(const line_context* line, const char* entry) {
  size_t length = strlen(entry);
  const char* star = strchr(entry, '*');
  if (star != NULL) {
    int whole_folder = star == entry + length - 1 &&
                       (length == 1 || jiis_platform_is_path_separator(star[-1]));
    if (!whole_folder) {
      add_error(line,
                "class.path entry '%s': a wildcard must stand for a whole folder, as in 'lib%c*' "
                "(every .jar in lib)",
                entry, JIIS_PATH_SEPARATOR);
      return;
    }
  }
  jiis_buf resolved = JIIS_BUF_INIT;
  jiis_path_resolve(&resolved, line->module_dir, entry);
  jiis_strlist_add(&line->settings->class_path, jiis_buf_str(&resolved));
  jiis_buf_free(&resolved);
}

static void set_class_path(const line_context* line, const char* value) {
  int errors_before = line->settings->errors.count;
  jiis_strlist_free(&line->settings->class_path);
  const char* start = value;
  jiis_buf entry = JIIS_BUF_INIT;
  for (;;) {
    const char* end = strchr(start, CLASS_PATH_SEPARATOR);
    if (end == NULL) end = start + strlen(start);
    const char* next = *end == '\0' ? NULL : end + 1;
    trim(&start, &end);
    if (end > start) {
      jiis_buf_clear(&entry);
      jiis_buf_append_n(&entry, start, static_cast<size_t>(end - start));
      add_class_path_entry(line, jiis_buf_str(&entry));
    }
    if (next == NULL) break;
    start = next;
  }
  jiis_buf_free(&entry);
  if (line->settings->class_path.count == 0 && line->settings->errors.count == errors_before) {
    add_error(line, "class.path lists no entries; separate entries with '%c'",
              CLASS_PATH_SEPARATOR);
  }
}

static void apply(const line_context* line, int key, const char* value) {
  jiis_settings* settings = line->settings;
  switch (key) {
    case KEY_JAVA_HOME:
      set_path(line, &settings->java_home, value);
      break;
    case KEY_JVM_LIBRARY:
      set_path(line, &settings->jvm_library, value);
      break;
    case KEY_LOG_FILE:
      set_path(line, &settings->log_file, value);
      break;
    case KEY_CLASS_PATH:
      set_class_path(line, value);
      break;
    case KEY_JVM_OPTION:
      if (value[0] != '-') {
        add_error(line, "jvm.option must start with '-' (one option per line, e.g. -Xmx256m), not '%s'",
                  value);
      } else {
        jiis_strlist_add(&settings->jvm_options, value);
      }
      break;
    case KEY_JVM_XRS:
      parse_boolean(line, "jvm.xrs", value, &settings->xrs);
      break;
    case KEY_DEBUG:
      parse_boolean(line, "debug", value, &settings->debug);
      break;
    case KEY_STARTUP_FAILURE:
      if (jiis_ascii_equals_ignore_case(value, "inert")) {
        settings->failure_policy = JIIS_POLICY_INERT;
      } else if (jiis_ascii_equals_ignore_case(value, "fail")) {
        settings->failure_policy = JIIS_POLICY_FAIL;
      } else {
        add_error(line, "startup.failure must be inert or fail, not '%s'", value);
      }
      break;
    case KEY_EVENT_UPCALLS:
      if (jiis_ascii_equals_ignore_case(value, "auto")) {
        settings->upcalls = JIIS_UPCALLS_AUTO;
      } else if (jiis_ascii_equals_ignore_case(value, "jni")) {
        settings->upcalls = JIIS_UPCALLS_JNI;
      } else {
        add_error(line, "event.upcalls must be auto or jni, not '%s'", value);
      }
      break;
    case KEY_LOG_LEVEL: {
      int found = 0;
      for (int level = JIIS_LOG_ERROR; level <= JIIS_LOG_DEBUG; level++) {
        if (jiis_ascii_equals_ignore_case(value, LEVEL_NAMES[level])) {
          settings->log_level = level;
          found = 1;
        }
      }
      if (!found) add_error(line, "log.level must be error, warning, info or debug, not '%s'", value);
      break;
    }
    default:
      break;
  }
}

int jiis_settings_parse(jiis_settings* settings, const char* text, const char* file_name,
                        const char* module_dir) {
  line_context line = {settings, file_name, module_dir, 0};
  int first_line[KEY_COUNT] = {0};
  jiis_buf key_text = JIIS_BUF_INIT;
  jiis_buf value_text = JIIS_BUF_INIT;

  static const char BOM[] = "\xEF\xBB\xBF";
  if (strncmp(text, BOM, 3) == 0) text += 3;

  const char* start = text;
  while (*start != '\0') {
    line.number++;
    const char* end = strchr(start, '\n');
    if (end == NULL) end = start + strlen(start);
    const char* next = *end == '\0' ? end : end + 1;
    trim(&start, &end);

    if (start == end || *start == '#' || *start == '!') {
      start = next;
      continue;
    }
    const char* equals = static_cast<const char*>(memchr(start, '=', static_cast<size_t>(end - start)));
    jiis_buf_clear(&key_text);
    if (equals == NULL) {
      jiis_buf_append_n(&key_text, start, static_cast<size_t>(end - start));
      add_error(&line, "expected 'setting = value', found '%s'", jiis_buf_str(&key_text));
      start = next;
      continue;
    }
    const char* key_end = equals;
    const char* value_start = equals + 1;
    trim(&start, &key_end);
    trim(&value_start, &end);
    jiis_buf_append_n(&key_text, start, static_cast<size_t>(key_end - start));
    jiis_buf_clear(&value_text);
    jiis_buf_append_n(&value_text, value_start, static_cast<size_t>(end - value_start));
    const char* key_name = jiis_buf_str(&key_text);
    const char* value = jiis_buf_str(&value_text);

    int key = find_key(key_name);
    if (key < 0) {
      add_error(&line, "unknown setting '%s'; the settings are: %s", key_name, KNOWN_KEYS);
    } else if (first_line[key] != 0 && key != KEY_JVM_OPTION) {
      add_error(&line, "%s is already set on line %d (only jvm.option may repeat)", key_name,
                first_line[key]);
    } else if (*value == '\0') {
      add_error(&line, "%s has no value", key_name);
    } else if ((key == KEY_JAVA_HOME && first_line[KEY_JVM_LIBRARY] != 0) ||
               (key == KEY_JVM_LIBRARY && first_line[KEY_JAVA_HOME] != 0)) {
      int other = key == KEY_JAVA_HOME ? KEY_JVM_LIBRARY : KEY_JAVA_HOME;
      add_error(&line, "set java.home or jvm.library, not both (%s is set on line %d)",
                KEY_NAMES[other], first_line[other]);
    } else {
      apply(&line, key, value);
    }
    if (key >= 0 && first_line[key] == 0) first_line[key] = line.number;
    start = next;
  }
  jiis_buf_free(&key_text);
  jiis_buf_free(&value_text);
  return settings->errors.count == 0;
}
