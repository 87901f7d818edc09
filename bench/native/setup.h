/* What several modes share: the IIS objects the events carry, registering the two benchmark
 * modules, and ending the JVM. */
#ifndef JIIS_BENCH_SETUP_H
#define JIIS_BENCH_SETUP_H

#include "cases.h"
#include "jvm_access.h"
#include "module_host.h"

/* The IIS server handed to RegisterModule, and the token-cache entry (with its key) every event
 * carries, shared by all threads like one IIS cache entry. */
BenchServer* bench_server(void);
BenchTokenEntry* bench_token_entry(void);

/* Targets for `continue_module` and `sid_module` (either may be NULL) and `jvm` (may be NULL). */
bench_targets bench_targets_for(const bench_jvm* jvm, CGlobalModule* continue_module,
                                CGlobalModule* sid_module);

/* Loads and registers BenchContinue, which starts the JVM, then BenchSid, which must join it,
 * and finds the JVM with the benchmark's own class. Returns 1, or 0 after printing why. */
int bench_register_both(const char* continue_path, const char* sid_path, bench_module* continue_module,
                        bench_module* sid_module, bench_jvm* jvm);

/* Ends the JVM as a process that unloads it would, so -XX:ArchiveClassesAtExit and
 * -XX:+DumpPerfMapAtExit write their files. Returns 1, or 0 after printing why. */
int bench_destroy_jvm(void);

#endif
