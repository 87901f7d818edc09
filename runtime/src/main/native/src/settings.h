/* <Name>.jiis.properties: reading and checking a module's settings. See docs/SETTINGS.md. */
#ifndef JIIS_SETTINGS_H
#define JIIS_SETTINGS_H

#include "jiis/text.h"

typedef enum jiis_failure_policy { JIIS_POLICY_INERT, JIIS_POLICY_FAIL } jiis_failure_policy;

/* How events enter Java: `auto` takes foreign-function upcall stubs where the JVM has them (Java
 * 22+) and JNI upcalls elsewhere; `jni` always takes JNI upcalls. */
typedef enum jiis_upcalls { JIIS_UPCALLS_AUTO, JIIS_UPCALLS_JNI } jiis_upcalls;

typedef struct jiis_settings {
  jiis_buf java_home;       /* absolute, empty when not set */
  jiis_buf jvm_library;     /* absolute, empty when not set */
  jiis_strlist class_path;  /* absolute; an entry may end in "*" (every .jar in that folder) */
  jiis_strlist jvm_options; /* in file order, without -Xrs (see xrs) */
  int xrs;
  jiis_upcalls upcalls;
  jiis_failure_policy failure_policy;
  int log_level;
  int debug;
  jiis_buf log_file;        /* absolute, empty when not set */
  jiis_strlist errors;      /* "<file>:<line>: <what is wrong and how to fix it>" */
  int file_read;            /* 0: there was no settings file, these are the defaults */
} jiis_settings;

/* The defaults: class path <module_dir>/<module_name>.jar, -Xrs, policy inert, level info. */
void jiis_settings_init(jiis_settings* settings, const char* module_dir, const char* module_name);
void jiis_settings_free(jiis_settings* settings);

/* Applies the settings file's text on top of the defaults. Relative paths are resolved against
 * module_dir. Every bad line adds one entry to settings->errors; returns 1 when there is none.
 * `file_name` only appears in messages. */
int jiis_settings_parse(jiis_settings* settings, const char* text, const char* file_name,
                        const char* module_dir);

#endif /* JIIS_SETTINGS_H */
