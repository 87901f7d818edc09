/* Loading a generated module and registering it the way IIS does. */
#ifndef JIIS_BENCH_MODULE_HOST_H
#define JIIS_BENCH_MODULE_HOST_H

#include "iis_doubles.h"

typedef struct bench_module {
  const char* path;
  const char* name;      /* the module name: the .so's file name without ".so" */
  PFN_REGISTERMODULE register_module;
  BenchRegistration* registration;
  CGlobalModule* global; /* what RegisterModule registered */
  double register_ms;    /* how long RegisterModule took */
} bench_module;

/* dlopens `path` (RTLD_NOW | RTLD_LOCAL, as the simulator does) and finds RegisterModule.
 * Returns 1, or 0 after printing why. */
int bench_module_load(const char* path, bench_module* module);

/* Calls RegisterModule and checks that it succeeded, registered a CGlobalModule for
 * GL_CACHE_OPERATION and logged that the module started. Returns 1, or 0 after printing why. */
int bench_module_register(bench_module* module, BenchServer* server);

#endif
