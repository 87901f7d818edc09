#include "module_host.h"

#include <dlfcn.h>
#include <stdio.h>
#include <string.h>
#include <wchar.h>

#include <new>

#include "event_log.h"
#include "stopwatch.h"

static char name_storage[4][128];
static wchar_t wide_name_storage[4][128];
static int names_used;

int bench_module_load(const char* path, bench_module* module) {
  memset(module, 0, sizeof *module);
  if (names_used == 4) {
    fprintf(stderr, "jiis-bench: at most 4 modules per process\n");
    return 0;
  }
  char* name = name_storage[names_used];
  const char* slash = strrchr(path, '/');
  snprintf(name, sizeof name_storage[0], "%s", slash != NULL ? slash + 1 : path);
  char* dot = strstr(name, ".so");
  if (dot != NULL) *dot = '\0';
  wchar_t* wide = wide_name_storage[names_used];
  swprintf(wide, 128, L"%s", name);
  names_used++;

  void* library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) {
    fprintf(stderr, "jiis-bench: cannot load %s: %s\n", path, dlerror());
    return 0;
  }
  void* entry = dlsym(library, MODULE_REGISTERMODULE);
  if (entry == NULL) {
    fprintf(stderr, "jiis-bench: %s exports no RegisterModule\n", path);
    return 0;
  }
  module->path = path;
  module->name = name;
  module->register_module = reinterpret_cast<PFN_REGISTERMODULE>(entry);
  module->registration = new (std::nothrow) BenchRegistration(wide);
  return module->registration != NULL;
}

int bench_module_register(bench_module* module, BenchServer* server) {
  long long start = bench_now_ns();
  HRESULT hr = module->register_module(10, module->registration, server);
  module->register_ms = static_cast<double>(bench_now_ns() - start) / 1e6;
  module->global = module->registration->module();
  if (FAILED(hr) || module->global == NULL) {
    fprintf(stderr, "jiis-bench: RegisterModule of %s returned 0x%08X%s\n", module->path,
            static_cast<unsigned>(hr), module->global == NULL ? " and registered no module" : "");
    return 0;
  }
  if ((module->registration->notifications() & GL_CACHE_OPERATION) == 0) {
    fprintf(stderr, "jiis-bench: %s does not subscribe to GL_CACHE_OPERATION\n", module->path);
    return 0;
  }
  /* An inert module registers too and passes every event through at no cost: refuse to time one. */
  char started[192];
  snprintf(started, sizeof started, "The jiis module %s started", module->name);
  if (!bench_log_contains(module->name, started)) {
    fprintf(stderr, "jiis-bench: %s registered but never logged that it started (inert?); see the "
            "log entries above\n", module->path);
    return 0;
  }
  return 1;
}
