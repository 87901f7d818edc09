/* The log sink the jiis runtime finds in the process (jiis_host_event_log, exported by this
 * executable): the benchmark keeps the entries so it can check what the modules said. */
#ifndef JIIS_BENCH_EVENT_LOG_H
#define JIIS_BENCH_EVENT_LOG_H

extern "C" void jiis_host_event_log(const char* source, int level, const char* message);

/* Entries at level 0 (error) and 1 (warning) so far. */
int bench_log_problems(void);

/* Whether entries of what the JVM printed ("JVM: ..." warnings, e.g. from -Xlog) count as
 * problems; they do unless told otherwise. */
void bench_log_set_jvm_output_ok(int ok);

/* 1 if an entry of `source` contains `text`. */
int bench_log_contains(const char* source, const char* text);

/* Prints every entry to stderr unless `quiet`. Entries are always kept. */
void bench_log_set_quiet(int quiet);

#endif
