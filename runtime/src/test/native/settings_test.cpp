/* Unit tests of <Name>.jiis.properties parsing (src/settings.cpp) and path resolution. */
#include "settings.h"

#include <string.h>

#include "check.h"
#include "jiis/platform.h"
#include "jiis/runtime.h"
#include "paths.h"

static const char FILE_NAME[] = "/srv/iis/Audit.jiis.properties";
static const char MODULE_DIR[] = "/srv/iis";

/* Parses `text` over the defaults of module "Audit" in /srv/iis. */
static int parse(jiis_settings* settings, const char* text) {
  jiis_settings_init(settings, MODULE_DIR, "Audit");
  return jiis_settings_parse(settings, text, FILE_NAME, MODULE_DIR);
}

static void defaults_without_a_file(void) {
  jiis_settings s;
  jiis_settings_init(&s, MODULE_DIR, "Audit");
  CHECK_INT(s.class_path.count, 1);
  CHECK_STR(s.class_path.items[0], "/srv/iis/Audit.jar");
  CHECK_INT(s.jvm_options.count, 0);
  CHECK_INT(s.xrs, 1);
  CHECK_INT(s.failure_policy, JIIS_POLICY_INERT);
  CHECK_INT(s.log_level, JIIS_LOG_INFO);
  CHECK_INT(s.debug, 0);
  CHECK_INT(s.upcalls, JIIS_UPCALLS_AUTO);
  CHECK_INT(s.java_home.length, 0);
  CHECK_INT(s.jvm_library.length, 0);
  CHECK_INT(s.log_file.length, 0);
  jiis_settings_free(&s);
}

static void every_setting_with_comments_blanks_and_crlf(void) {
  jiis_settings s;
  int ok = parse(&s,
                 "\xEF\xBB\xBF# a comment\r\n"
                 "! another comment\r\n"
                 "\r\n"
                 "   jvm.library =  /opt/jdk/lib/server/libjvm.so  \r\n"
                 "class.path = app.jar; lib/* ;/shared/common.jar;\r\n"
                 "jvm.option = -Xmx256m\r\n"
                 "jvm.option=-Dgreeting=hello world  \r\n"
                 "jvm.xrs = false\n"
                 "startup.failure = FAIL\n"
                 "log.level = debug\n"
                 "log.file = logs/audit.log\n"
                 "event.upcalls = JNI\n"
                 "debug = True");
  CHECK_INT(ok, 1);
  CHECK_INT(s.errors.count, 0);
  CHECK_STR(jiis_buf_str(&s.jvm_library), "/opt/jdk/lib/server/libjvm.so");
  CHECK_INT(s.class_path.count, 3);
  CHECK_STR(s.class_path.items[0], "/srv/iis/app.jar");
  CHECK_STR(s.class_path.items[1], "/srv/iis/lib/*");
  CHECK_STR(s.class_path.items[2], "/shared/common.jar");
  CHECK_INT(s.jvm_options.count, 2);
  CHECK_STR(s.jvm_options.items[0], "-Xmx256m");
  CHECK_STR(s.jvm_options.items[1], "-Dgreeting=hello world");
  CHECK_INT(s.xrs, 0);
  CHECK_INT(s.failure_policy, JIIS_POLICY_FAIL);
  CHECK_INT(s.log_level, JIIS_LOG_DEBUG);
  CHECK_STR(jiis_buf_str(&s.log_file), "/srv/iis/logs/audit.log");
  CHECK_INT(s.debug, 1);
  CHECK_INT(s.upcalls, JIIS_UPCALLS_JNI);
  jiis_settings_free(&s);
}

static void event_upcalls_auto_and_a_bad_value(void) {
  jiis_settings s;
  CHECK_INT(parse(&s, "event.upcalls = auto\n"), 1);
  CHECK_INT(s.upcalls, JIIS_UPCALLS_AUTO);
  jiis_settings_free(&s);
  CHECK_INT(parse(&s, "event.upcalls = foreign\n"), 0);
  CHECK_INT(s.errors.count, 1);
  if (s.errors.count == 1) {
    CHECK_STR(s.errors.items[0], "/srv/iis/Audit.jiis.properties:1: event.upcalls must be auto or "
                                 "jni, not 'foreign'");
  }
  jiis_settings_free(&s);
}

static void java_home_relative_to_the_module_folder(void) {
  jiis_settings s;
  CHECK_INT(parse(&s, "java.home = jre\n"), 1);
  CHECK_STR(jiis_buf_str(&s.java_home), "/srv/iis/jre");
  jiis_settings_free(&s);
}

static void backslashes_and_equals_signs_are_literal(void) {
  jiis_settings s;
  CHECK_INT(parse(&s, "jvm.option = -Dpath=C:\\data\\x=y\n"), 1);
  CHECK_STR(s.jvm_options.items[0], "-Dpath=C:\\data\\x=y");
  jiis_settings_free(&s);
}

static void an_empty_file_keeps_the_defaults(void) {
  jiis_settings s;
  CHECK_INT(parse(&s, ""), 1);
  CHECK_STR(s.class_path.items[0], "/srv/iis/Audit.jar");
  jiis_settings_free(&s);
}

static void every_bad_line_is_reported_with_its_line_number(void) {
  jiis_settings s;
  int ok = parse(&s,
                 "log.level = debug\n"           /* 1: fine */
                 "this line has no equals\n"     /* 2 */
                 "jvm.libary = /opt/jdk\n"       /* 3: typo */
                 "log.level = info\n"            /* 4: duplicate */
                 "startup.failure = sometimes\n" /* 5 */
                 "jvm.option = Xmx256m\n"        /* 6: no dash */
                 "debug = yes\n"                 /* 7 */
                 "java.home =\n"                 /* 8: empty */
                 "java.home = /opt/jdk\n"        /* 9: fine */
                 "jvm.library = /opt/jdk/lib/server/libjvm.so\n" /* 10: both */
                 "class.path = lib/*.jar\n"      /* 11: partial wildcard */
                 "jvm.xrs = maybe\n"             /* 12 */
                 "log.level = verbose\n");       /* 13: duplicate */
  CHECK_INT(ok, 0);
  CHECK_INT(s.errors.count, 12);
  if (s.errors.count == 12) {
    CHECK_STR(s.errors.items[0], "/srv/iis/Audit.jiis.properties:2: expected 'setting = value', "
                                 "found 'this line has no equals'");
    CHECK_STR(s.errors.items[1], "/srv/iis/Audit.jiis.properties:3: unknown setting 'jvm.libary'; "
                                 "the settings are: java.home, jvm.library, class.path, jvm.option, "
                                 "jvm.xrs, startup.failure, log.level, log.file, debug, event.upcalls");
    CHECK_STR(s.errors.items[2], "/srv/iis/Audit.jiis.properties:4: log.level is already set on "
                                 "line 1 (only jvm.option may repeat)");
    CHECK_STR(s.errors.items[3], "/srv/iis/Audit.jiis.properties:5: startup.failure must be inert "
                                 "or fail, not 'sometimes'");
    CHECK_STR(s.errors.items[4], "/srv/iis/Audit.jiis.properties:6: jvm.option must start with '-' "
                                 "(one option per line, e.g. -Xmx256m), not 'Xmx256m'");
    CHECK_STR(s.errors.items[5], "/srv/iis/Audit.jiis.properties:7: debug must be true or false, "
                                 "not 'yes'");
    CHECK_STR(s.errors.items[6], "/srv/iis/Audit.jiis.properties:8: java.home has no value");
    CHECK_STR(s.errors.items[7], "/srv/iis/Audit.jiis.properties:9: java.home is already set on "
                                 "line 8 (only jvm.option may repeat)");
    CHECK_STR(s.errors.items[8], "/srv/iis/Audit.jiis.properties:10: set java.home or jvm.library, "
                                 "not both (java.home is set on line 8)");
    CHECK_STR(s.errors.items[9], "/srv/iis/Audit.jiis.properties:11: class.path entry 'lib/*.jar': "
                                 "a wildcard must stand for a whole folder, as in 'lib/*' (every "
                                 ".jar in lib)");
    CHECK_STR(s.errors.items[10], "/srv/iis/Audit.jiis.properties:12: jvm.xrs must be true or "
                                  "false, not 'maybe'");
    CHECK_STR(s.errors.items[11], "/srv/iis/Audit.jiis.properties:13: log.level is already set on "
                                  "line 1 (only jvm.option may repeat)");
  }
  /* The valid lines still apply, so startup.failure = fail is honoured even in a bad file. */
  CHECK_INT(s.log_level, JIIS_LOG_DEBUG);
  jiis_settings_free(&s);
}

static void policy_from_a_file_with_errors(void) {
  jiis_settings s;
  CHECK_INT(parse(&s, "startup.failure = fail\nnonsense\n"), 0);
  CHECK_INT(s.failure_policy, JIIS_POLICY_FAIL);
  CHECK_INT(s.errors.count, 1);
  jiis_settings_free(&s);
}

static void a_class_path_of_separators_only(void) {
  jiis_settings s;
  CHECK_INT(parse(&s, "class.path = ; ;\n"), 0);
  CHECK_INT(s.errors.count, 1);
  if (s.errors.count == 1) {
    CHECK_STR(s.errors.items[0], "/srv/iis/Audit.jiis.properties:1: class.path lists no entries; "
                                 "separate entries with ';'");
  }
  jiis_settings_free(&s);
}

static void paths(void) {
  jiis_buf out = JIIS_BUF_INIT;
  jiis_path_parent(&out, "/srv/iis/Audit.so");
  CHECK_STR(jiis_buf_str(&out), "/srv/iis");
  jiis_buf_clear(&out);
  jiis_path_parent(&out, "/Audit.so");
  CHECK_STR(jiis_buf_str(&out), "/");
  jiis_buf_clear(&out);
  jiis_path_parent(&out, "Audit.so");
  CHECK_STR(jiis_buf_str(&out), "");
  jiis_buf_clear(&out);
  jiis_path_resolve(&out, "/srv/iis/", "a.jar");
  CHECK_STR(jiis_buf_str(&out), "/srv/iis/a.jar");
  jiis_buf_clear(&out);
  jiis_path_resolve(&out, "/srv/iis", "/opt/a.jar");
  CHECK_STR(jiis_buf_str(&out), "/opt/a.jar");
  jiis_buf_free(&out);
}

/* The template with @MODULE_NAME@ replaced, and with its commented-out examples switched on
 * ("#key = value" -> "key = value") when `uncomment` is set, except java.home, which may not be
 * combined with jvm.library. */
static void template_text(const char* raw, int uncomment, jiis_buf* out) {
  static const char PLACEHOLDER[] = "@MODULE_NAME@";
  for (const char* line = raw; *line != '\0';) {
    const char* end = strchr(line, '\n');
    size_t length = end != NULL ? static_cast<size_t>(end - line) + 1 : strlen(line);
    int example = uncomment && line[0] == '#' && line[1] >= 'a' && line[1] <= 'z' &&
                  strncmp(line, "#java.home", 10) != 0;
    for (size_t i = example ? 1 : 0; i < length; i++) {
      if (strncmp(line + i, PLACEHOLDER, sizeof PLACEHOLDER - 1) == 0) {
        jiis_buf_append(out, "Audit");
        i += sizeof PLACEHOLDER - 2;
      } else {
        jiis_buf_append_char(out, line[i]);
      }
    }
    line += length;
  }
}

/* The template the generator copies must parse cleanly, as shipped and with its examples on. */
static void the_settings_template(const char* path) {
  jiis_buf raw = JIIS_BUF_INIT;
  jiis_buf error = JIIS_BUF_INIT;
  CHECK_INT(jiis_platform_read_file(path, &raw, &error), JIIS_READ_OK);

  jiis_buf text = JIIS_BUF_INIT;
  template_text(jiis_buf_str(&raw), 0, &text);
  jiis_settings s;
  CHECK_INT(parse(&s, jiis_buf_str(&text)), 1);
  for (int i = 0; i < s.errors.count; i++) CHECK_STR(s.errors.items[i], "(no error)");
  CHECK_STR(s.class_path.items[0], "/srv/iis/Audit.jar");
  CHECK_INT(s.jvm_options.count, 0);
  jiis_settings_free(&s);

  jiis_buf_clear(&text);
  template_text(jiis_buf_str(&raw), 1, &text);
  CHECK_INT(parse(&s, jiis_buf_str(&text)), 1);
  for (int i = 0; i < s.errors.count; i++) CHECK_STR(s.errors.items[i], "(no error)");
  CHECK(s.jvm_library.length > 0);
  CHECK_INT(s.jvm_options.count, 2);
  CHECK_STR(s.class_path.items[0], "/srv/iis/Audit.jar");
  CHECK_STR(jiis_buf_str(&s.log_file), "/srv/iis/Audit.log");
  jiis_settings_free(&s);

  jiis_buf_free(&text);
  jiis_buf_free(&raw);
  jiis_buf_free(&error);
}

int main(int argc, char** argv) {
  if (argc != 2) {
    fprintf(stderr, "usage: settings_test <path of template.jiis.properties>\n");
    return 2;
  }
  defaults_without_a_file();
  every_setting_with_comments_blanks_and_crlf();
  event_upcalls_auto_and_a_bad_value();
  java_home_relative_to_the_module_folder();
  backslashes_and_equals_signs_are_literal();
  an_empty_file_keeps_the_defaults();
  every_bad_line_is_reported_with_its_line_number();
  policy_from_a_file_with_errors();
  a_class_path_of_separators_only();
  paths();
  the_settings_template(argv[1]);
  return check_summary("settings_test");
}
