/* profile: one case on one thread for a while, for perf; then the JVM ends, writing its perf map
 * (-XX:+DumpPerfMapAtExit) so JIT-compiled Java has names in the profile. */
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "event_log.h"
#include "modes.h"
#include "setup.h"

static const long PROFILE_WARMUP = 1000000;
static const long PROBE_EVENTS = 1000000;

int bench_profile_case(const char* key) {
  static const bench_case_id supported[] = {CASE_BARE_UPCALL, CASE_JAVA_UPCALL, CASE_JIIS_CONTINUE,
                                            CASE_JIIS_SID};
  for (size_t i = 0; i < sizeof supported / sizeof supported[0]; i++) {
    if (strcmp(key, bench_case_key(supported[i])) == 0) return supported[i];
  }
  return CASE_COUNT;
}

int bench_profile_mode(const bench_options* o) {
  bench_module continue_module, sid_module;
  bench_jvm jvm;
  if (!bench_register_both(o->module_paths[0], o->module_paths[1], &continue_module, &sid_module, &jvm)) {
    return 0;
  }
  bench_targets targets = bench_targets_for(&jvm, continue_module.global, sid_module.global);
  bench_case_id id = static_cast<bench_case_id>(bench_profile_case(o->profile_case));
  bench_sample sample;
  /* A first sample says how many events fill the time asked for. */
  if (!bench_case_sample(id, &targets, 1, PROFILE_WARMUP, PROBE_EVENTS, &sample)) return 0;
  long events = static_cast<long>(o->seconds * 1e9 / sample.wall_ns);
  fprintf(stderr, "jiis-bench: profiling case (%s): %ld events\n", o->profile_case, events);
  if (!bench_case_sample(id, &targets, 1, 0, events, &sample)) return 0;
  printf("profile.pid = %ld\n", static_cast<long>(getpid())); /* names the JVM's perf map */
  printf("profile.%s.wall_ns = %.3f\n", o->profile_case, sample.wall_ns);
  printf("profile.%s.cpu_ns = %.3f\n", o->profile_case, sample.cpu_ns);
  continue_module.global->Terminate();
  sid_module.global->Terminate();
  return bench_destroy_jvm() && bench_log_problems() == 0;
}
