/* The modes of jiis-bench. Each runs on a thread of its own (not the process's initial thread),
 * writes its figures to standard output as `key = value` lines and returns 1, or 0 after saying
 * on standard error what went wrong. */
#ifndef JIIS_BENCH_MODES_H
#define JIIS_BENCH_MODES_H

typedef struct bench_options {
  const char* mode;
  const char* module_paths[2]; /* events, profile: BenchContinue.so, BenchSid.so; else one */
  int module_count;
  int rounds;                  /* events: rounds of samples */
  double scale;                /* events: multiplies every event count (quick trial runs) */
  const char* profile_case;    /* profile: a case key, "b", "b2", "d" or "e" */
  double seconds;              /* profile: how long to repeat the case */
  int jvm_output_ok;           /* start: what the JVM prints (-Xlog) is not a problem */
} bench_options;

enum { BENCH_MAX_ROUNDS = 64 };

/* Cases (a) to (e) on 1 and 2 threads, their ratios, and heap bytes per event. */
int bench_events_mode(const bench_options* o);

/* RegisterModule of a module that starts the JVM, then its first event, timed. */
int bench_start_mode(const bench_options* o);

/* Runs a module, then ends its JVM with DestroyJavaVM so -XX:ArchiveClassesAtExit writes. */
int bench_cds_train_mode(const bench_options* o);

/* Repeats one case on one thread for a profiler, then ends the JVM (perf maps are written). */
int bench_profile_mode(const bench_options* o);

/* The case `key` names among those a profile run supports, or CASE_COUNT (cases.h). */
int bench_profile_case(const char* key);

#endif
