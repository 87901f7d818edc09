/* jiis-bench: what jiis costs per event against the floors and the naive bridge, its heap use per
 * event, and how long RegisterModule takes. Results go to standard output as `key = value` lines;
 * progress and problems to standard error. See bench/README.md. */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cases.h"
#include "modes.h"

static void usage(void) {
  fprintf(stderr,
          "usage: jiis-bench events <BenchContinue.so> <BenchSid.so> [--rounds N] [--scale F]\n"
          "       jiis-bench start <module.so> [--jvm-output-ok]\n"
          "       jiis-bench cds-train <module.so>\n"
          "       jiis-bench profile <BenchContinue.so> <BenchSid.so> --case b|b2|d|e [--seconds S]\n");
}

static int modules_needed(const char* mode) {
  return strcmp(mode, "events") == 0 || strcmp(mode, "profile") == 0 ? 2 : 1;
}

static int parse(int argc, char** argv, bench_options* o) {
  memset(o, 0, sizeof *o);
  o->rounds = 11;
  o->scale = 1.0;
  o->profile_case = "d";
  o->seconds = 10;
  if (argc < 3) return 0;
  o->mode = argv[1];
  for (int i = 2; i < argc; i++) {
    if (strcmp(argv[i], "--rounds") == 0 && i + 1 < argc) {
      o->rounds = atoi(argv[++i]);
    } else if (strcmp(argv[i], "--scale") == 0 && i + 1 < argc) {
      o->scale = atof(argv[++i]);
    } else if (strcmp(argv[i], "--case") == 0 && i + 1 < argc) {
      o->profile_case = argv[++i];
    } else if (strcmp(argv[i], "--seconds") == 0 && i + 1 < argc) {
      o->seconds = atof(argv[++i]);
    } else if (strcmp(argv[i], "--jvm-output-ok") == 0) {
      o->jvm_output_ok = 1;
    } else if (argv[i][0] != '-' && o->module_count < 2) {
      o->module_paths[o->module_count++] = argv[i];
    } else {
      return 0;
    }
  }
  return o->module_count == modules_needed(o->mode) && o->rounds >= 1 && o->rounds <= BENCH_MAX_ROUNDS &&
         o->scale > 0 && bench_profile_case(o->profile_case) != CASE_COUNT && o->seconds > 0;
}

typedef struct run {
  const bench_options* options;
  int ok;
} run;

static void* run_mode(void* argument) {
  run* r = static_cast<run*>(argument);
  const char* mode = r->options->mode;
  r->ok = strcmp(mode, "events") == 0      ? bench_events_mode(r->options)
          : strcmp(mode, "start") == 0     ? bench_start_mode(r->options)
          : strcmp(mode, "cds-train") == 0 ? bench_cds_train_mode(r->options)
          : strcmp(mode, "profile") == 0   ? bench_profile_mode(r->options)
                                           : 0;
  return NULL;
}

int main(int argc, char** argv) {
  bench_options options;
  if (!parse(argc, argv, &options)) {
    usage();
    return 2;
  }
  /* Not on the process's initial thread: IIS calls RegisterModule on one of its own threads, and
   * a JVM should not be created on the initial thread. */
  run r = {&options, 0};
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, 1024 * 1024);
  pthread_t thread;
  if (pthread_create(&thread, &attributes, &run_mode, &r) != 0) {
    fprintf(stderr, "jiis-bench: cannot start the main thread\n");
    return 1;
  }
  pthread_join(thread, NULL);
  pthread_attr_destroy(&attributes);
  fflush(stdout);
  return r.ok ? 0 : 1;
}
