/* The five per-event cases and the heap measurement. Each sample runs on fresh threads. */
#ifndef JIIS_BENCH_CASES_H
#define JIIS_BENCH_CASES_H

#include "iis_doubles.h"
#include "jvm_access.h"

typedef enum bench_case_id {
  CASE_EMPTY_CALL,    /* (a) an empty C++ virtual call */
  CASE_BARE_UPCALL,   /* (b) CallStaticVoidMethod, cached ids, attached thread, empty method */
  CASE_JAVA_UPCALL,   /* (b2) the same with CallStaticIntMethod(long) to `return 0;`, which
                         HotSpot must really enter (it skips empty void methods) */
  CASE_NAIVE_BRIDGE,  /* (c) attach, FindClass, GetStaticMethodID, call, detach per event */
  CASE_JIIS_CONTINUE, /* (d) OnGlobalCacheOperation of BenchContinue: returns CONTINUE */
  CASE_JIIS_SID,      /* (e) OnGlobalCacheOperation of BenchSid: record() as TokenEntry, sid().toString() */
  CASE_COUNT
} bench_case_id;

/* What the cases call. */
typedef struct bench_targets {
  const bench_jvm* jvm;
  CGlobalModule* continue_module;
  CGlobalModule* sid_module;
  IHttpCacheKey* key;
  IHttpCacheSpecificData* record;
} bench_targets;

/* "a", "b", "b2", "c", "d", "e", for result keys. */
const char* bench_case_key(bench_case_id id);

/* One sample's result per thread: nanoseconds per event by the wall clock and by the thread's
 * CPU time. */
typedef struct bench_sample {
  double wall_ns;
  double cpu_ns;
} bench_sample;

/* One sample of case `id` on `threads` new threads: each sets itself up, fires `warmup` untimed
 * events, waits for the others, then times `events` events. Writes each thread's result to
 * samples[0 .. threads-1]. Returns 1, or 0 after printing what failed. */
int bench_case_sample(bench_case_id id, const bench_targets* targets, int threads, long warmup,
                      long events, bench_sample* samples);

/* Java heap bytes per event of `module` on one new thread: after `warmup` events, `windows`
 * windows of `events` events each, measured with Upcalls.allocatedBytes() (the thread's
 * ThreadMXBean#getThreadAllocatedBytes) minus the measuring call's own allocation. Writes each
 * window's bytes per event to per_window[0 .. windows-1]. Returns 1, or 0 after printing why. */
int bench_heap_per_event(CGlobalModule* module, const bench_targets* targets, long warmup,
                         long events, int windows, double* per_window);

/* Fires one OnGlobalCacheOperation at `module` on the calling thread; returns its status. */
GLOBAL_NOTIFICATION_STATUS bench_fire(CGlobalModule* module, const bench_targets* targets);

#endif
