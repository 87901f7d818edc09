/* start and cds-train: one module that starts the JVM, in a fresh process. */
#include <stdio.h>

#include "event_log.h"
#include "modes.h"
#include "setup.h"
#include "stopwatch.h"

int bench_start_mode(const bench_options* o) {
  bench_log_set_jvm_output_ok(o->jvm_output_ok);
  bench_module module;
  if (!bench_module_load(o->module_paths[0], &module) || !bench_module_register(&module, bench_server())) {
    return 0;
  }
  bench_targets targets = bench_targets_for(NULL, module.global, NULL);
  long long start = bench_now_ns();
  GLOBAL_NOTIFICATION_STATUS status = bench_fire(module.global, &targets);
  double first_event_ms = static_cast<double>(bench_now_ns() - start) / 1e6;
  module.global->Terminate();
  if (status != GL_NOTIFICATION_CONTINUE || bench_log_problems() > 0) {
    fprintf(stderr, "jiis-bench: the first event returned %d; %d errors or warnings logged\n",
            static_cast<int>(status), bench_log_problems());
    return 0;
  }
  printf("start.register_ms = %.2f\n", module.register_ms);
  printf("start.first_event_ms = %.3f\n", first_event_ms);
  return 1;
}

int bench_cds_train_mode(const bench_options* o) {
  /* Dumping warns about every class loaded but never linked (views this module never uses). */
  bench_log_set_jvm_output_ok(1);
  bench_module module;
  if (!bench_module_load(o->module_paths[0], &module) || !bench_module_register(&module, bench_server())) {
    return 0;
  }
  bench_targets targets = bench_targets_for(NULL, module.global, NULL);
  bench_sample ignored[1];
  if (!bench_case_sample(CASE_JIIS_CONTINUE, &targets, 1, 10000, 1, ignored)) return 0;
  module.global->Terminate();
  return bench_destroy_jvm() && bench_log_problems() == 0;
}
