/* events: cases (a) to (e) on 1 and 2 threads, their ratios, and heap bytes per event. */
#include <stdio.h>

#include "event_log.h"
#include "modes.h"
#include "setup.h"
#include "stopwatch.h"

enum { THREAD_COUNTS = 2, HEAP_WINDOWS = 5 };
static const int THREADS[THREAD_COUNTS] = {1, 2};

/* Events per sample (each takes some tens of milliseconds), per case in bench_case_id order. */
static const long SAMPLE_EVENTS[CASE_COUNT] = {20000000, 1000000, 1000000, 500, 1000000, 200000};
static const long SAMPLE_WARMUP[CASE_COUNT] = {1000000, 100000, 100000, 50, 100000, 20000};
/* Before the first sample: enough calls for the JIT to compile the Java side fully. */
static const long FIRST_WARMUP[CASE_COUNT] = {10000000, 2000000, 2000000, 200, 2000000, 1000000};
static const long HEAP_WARMUP = 1000000;
static const long HEAP_EVENTS = 1000000;

static long scaled(long events, double scale) {
  long result = static_cast<long>(static_cast<double>(events) * scale);
  return result > 0 ? result : 1;
}

static void print_samples(const char* prefix, double* samples, int count) {
  printf("%s.min = %.3f\n", prefix, bench_min(samples, count));
  printf("%s.max = %.3f\n", prefix, bench_max(samples, count));
  printf("%s.median = %.3f\n", prefix, bench_median(samples, count));
}

/* Prints a case's figures by wall clock and by thread CPU time; returns the two medians. */
static void print_case(const char* prefix, const bench_sample* samples, int count, double* wall_median,
                       double* cpu_median) {
  static double wall[BENCH_MAX_ROUNDS * 2], cpu[BENCH_MAX_ROUNDS * 2];
  for (int i = 0; i < count; i++) {
    wall[i] = samples[i].wall_ns;
    cpu[i] = samples[i].cpu_ns;
  }
  char key[96];
  printf("%s.samples = %d\n", prefix, count);
  snprintf(key, sizeof key, "%s.wall_ns", prefix);
  print_samples(key, wall, count);
  snprintf(key, sizeof key, "%s.cpu_ns", prefix);
  print_samples(key, cpu, count);
  *wall_median = bench_median(wall, count);
  *cpu_median = bench_median(cpu, count);
}

static void print_ratio(const char* name, int threads, const double* wall, const double* cpu,
                        bench_case_id over, bench_case_id under) {
  printf("events.ratio.%s.threads%d.wall = %.3f\n", name, threads, wall[over] / wall[under]);
  printf("events.ratio.%s.threads%d.cpu = %.3f\n", name, threads, cpu[over] / cpu[under]);
}

static int measure_events(const bench_options* o, const bench_targets* targets) {
  static bench_sample samples[CASE_COUNT][THREAD_COUNTS][BENCH_MAX_ROUNDS * 2];
  fprintf(stderr, "jiis-bench: warming up\n");
  for (int c = 0; c < CASE_COUNT; c++) {
    bench_sample ignored[1];
    bench_case_id id = static_cast<bench_case_id>(c);
    if (!bench_case_sample(id, targets, 1, scaled(FIRST_WARMUP[c], o->scale), 1, ignored)) return 0;
  }
  printf("events.rounds = %d\n", o->rounds);
  /* Rounds interleave the cases, so a busy moment of the machine hits all of them alike. */
  for (int t = 0; t < THREAD_COUNTS; t++) {
    for (int r = 0; r < o->rounds; r++) {
      fprintf(stderr, "jiis-bench: %d thread(s), round %d of %d\n", THREADS[t], r + 1, o->rounds);
      for (int c = 0; c < CASE_COUNT; c++) {
        bench_case_id id = static_cast<bench_case_id>(c);
        bench_sample* out = &samples[c][t][r * THREADS[t]];
        if (!bench_case_sample(id, targets, THREADS[t], scaled(SAMPLE_WARMUP[c], o->scale),
                               scaled(SAMPLE_EVENTS[c], o->scale), out)) {
          return 0;
        }
      }
    }
  }
  for (int t = 0; t < THREAD_COUNTS; t++) {
    double wall[CASE_COUNT], cpu[CASE_COUNT];
    for (int c = 0; c < CASE_COUNT; c++) {
      char prefix[64];
      snprintf(prefix, sizeof prefix, "events.%s.threads%d", bench_case_key(static_cast<bench_case_id>(c)),
               THREADS[t]);
      printf("%s.events_per_sample = %ld\n", prefix, scaled(SAMPLE_EVENTS[c], o->scale));
      print_case(prefix, samples[c][t], o->rounds * THREADS[t], &wall[c], &cpu[c]);
    }
    print_ratio("d_over_b", THREADS[t], wall, cpu, CASE_JIIS_CONTINUE, CASE_BARE_UPCALL);
    print_ratio("d_over_b2", THREADS[t], wall, cpu, CASE_JIIS_CONTINUE, CASE_JAVA_UPCALL);
    print_ratio("c_over_d", THREADS[t], wall, cpu, CASE_NAIVE_BRIDGE, CASE_JIIS_CONTINUE);
    print_ratio("e_over_b", THREADS[t], wall, cpu, CASE_JIIS_SID, CASE_BARE_UPCALL);
  }
  return 1;
}

static int measure_heap(const bench_options* o, const bench_targets* targets) {
  printf("heap.warmup_events = %ld\n", scaled(HEAP_WARMUP, o->scale));
  struct {
    const char* key;
    CGlobalModule* module;
  } cases[2] = {{"d", targets->continue_module}, {"e", targets->sid_module}};
  for (int i = 0; i < 2; i++) {
    double per_window[HEAP_WINDOWS];
    fprintf(stderr, "jiis-bench: heap per event, case (%s)\n", cases[i].key);
    if (!bench_heap_per_event(cases[i].module, targets, scaled(HEAP_WARMUP, o->scale), HEAP_EVENTS,
                              HEAP_WINDOWS, per_window)) {
      return 0;
    }
    char prefix[64];
    snprintf(prefix, sizeof prefix, "heap.%s.bytes_per_event", cases[i].key);
    printf("%s.events_per_window = %ld\n", prefix, HEAP_EVENTS);
    printf("%s.samples = %d\n", prefix, HEAP_WINDOWS);
    print_samples(prefix, per_window, HEAP_WINDOWS);
  }
  return 1;
}

/* The (e) handler must have read the entry's SID as text, and no view may hold a reference. */
static int check_work_done(const bench_targets* targets) {
  targets->sid_module->OnGlobalCacheCleanup();
  if (!bench_log_contains("BenchSid", "last SID read: " BENCH_SID_TEXT)) {
    fprintf(stderr, "jiis-bench: BenchSid did not report reading the SID " BENCH_SID_TEXT "\n");
    return 0;
  }
  printf("events.sid = %s\n", BENCH_SID_TEXT);
  long references = bench_token_entry()->references();
  if (references != 0) {
    fprintf(stderr, "jiis-bench: the token entry holds %ld references after the events\n", references);
    return 0;
  }
  return 1;
}

int bench_events_mode(const bench_options* o) {
  bench_module continue_module, sid_module;
  bench_jvm jvm;
  if (!bench_register_both(o->module_paths[0], o->module_paths[1], &continue_module, &sid_module, &jvm)) {
    return 0;
  }
  printf("events.register_ms.%s = %.1f\n", continue_module.name, continue_module.register_ms);
  printf("events.register_ms.%s = %.1f\n", sid_module.name, sid_module.register_ms);
  bench_targets targets = bench_targets_for(&jvm, continue_module.global, sid_module.global);
  bench_log_set_quiet(1);
  int ok = measure_events(o, &targets) && measure_heap(o, &targets) && check_work_done(&targets);
  bench_log_set_quiet(0);
  continue_module.global->Terminate();
  sid_module.global->Terminate();
  if (ok && bench_log_problems() > 0) {
    fprintf(stderr, "jiis-bench: the modules logged %d errors or warnings (above)\n", bench_log_problems());
    ok = 0;
  }
  return ok;
}
