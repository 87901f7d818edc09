#include "setup.h"

#include <stdio.h>
#include <string.h>

#include "event_log.h"

static BenchTokenKey token_key;
static BenchTokenEntry token_entry(&token_key);
static BenchServer server;

BenchServer* bench_server(void) {
  return &server;
}

BenchTokenEntry* bench_token_entry(void) {
  return &token_entry;
}

bench_targets bench_targets_for(const bench_jvm* jvm, CGlobalModule* continue_module,
                                CGlobalModule* sid_module) {
  bench_targets targets = {jvm, continue_module, sid_module, &token_key, &token_entry};
  return targets;
}

int bench_register_both(const char* continue_path, const char* sid_path, bench_module* continue_module,
                        bench_module* sid_module, bench_jvm* jvm) {
  if (!bench_module_load(continue_path, continue_module) || !bench_module_load(sid_path, sid_module)) {
    return 0;
  }
  if (!bench_module_register(continue_module, &server) || !bench_module_register(sid_module, &server)) {
    return 0;
  }
  if (!bench_log_contains(sid_module->name, "joined the JVM already running")) {
    fprintf(stderr, "jiis-bench: %s did not join the JVM %s started\n", sid_module->name,
            continue_module->name);
    return 0;
  }
  memset(jvm, 0, sizeof *jvm);
  return bench_jvm_find(jvm);
}

int bench_destroy_jvm(void) {
  JavaVM* vm = bench_created_jvm();
  if (vm == NULL) return 0;
  jint rc = vm->DestroyJavaVM();
  if (rc != JNI_OK) {
    fprintf(stderr, "jiis-bench: DestroyJavaVM returned %d\n", static_cast<int>(rc));
    return 0;
  }
  return 1;
}
