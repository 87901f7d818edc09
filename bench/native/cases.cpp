#include "cases.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "empty_call.h"
#include "stopwatch.h"

/* IIS runs global notifications on threads with 512 KB stacks (x64); so do the cases. */
static const size_t THREAD_STACK_BYTES = 512 * 1024;
enum { MAX_THREADS = 8 };

typedef struct case_thread {
  bench_case_id id;
  const bench_targets* targets;
  pthread_barrier_t* ready;
  long warmup;
  long events;
  JNIEnv* env;         /* (b): attached by the thread itself */
  long failures;       /* events that did not return what they should */
  bench_sample result;
  int ok;
} case_thread;

static volatile int sink;

const char* bench_case_key(bench_case_id id) {
  static const char* const keys[CASE_COUNT] = {"a", "b", "b2", "c", "d", "e"};
  return id >= 0 && id < CASE_COUNT ? keys[id] : "?";
}

GLOBAL_NOTIFICATION_STATUS bench_fire(CGlobalModule* module, const bench_targets* targets) {
  BenchCacheProvider provider(targets->key, targets->record);
  return module->OnGlobalCacheOperation(&provider);
}

static void run_empty_calls(long events) {
  EmptyCall* call = bench_empty_call();
  int total = 0;
  for (long i = 0; i < events; i++) total += call->Call(&total);
  sink = total;
}

static long run_bare_upcalls(case_thread* t, long events) {
  const bench_jvm* jvm = t->targets->jvm;
  for (long i = 0; i < events; i++) t->env->CallStaticVoidMethod(jvm->upcalls, jvm->empty);
  return bench_jvm_failed(t->env, "Upcalls.empty") ? events : 0;
}

static long run_java_upcalls(case_thread* t, long events) {
  const bench_jvm* jvm = t->targets->jvm;
  jint total = 0;
  for (long i = 0; i < events; i++) total |= t->env->CallStaticIntMethod(jvm->upcalls, jvm->pass, static_cast<jlong>(i));
  return bench_jvm_failed(t->env, "Upcalls.pass") || total != 0 ? events : 0;
}

/* What a hand-written bridge without caching does on every event. */
static long run_naive_bridge(const bench_targets* targets, long events) {
  JavaVM* vm = targets->jvm->vm;
  long failures = 0;
  for (long i = 0; i < events; i++) {
    JNIEnv* env = NULL;
    if (vm->AttachCurrentThread(reinterpret_cast<void**>(&env), NULL) != JNI_OK) {
      failures++;
      continue;
    }
    jclass upcalls = env->FindClass(BENCH_UPCALLS_CLASS);
    jmethodID empty = upcalls != NULL ? env->GetStaticMethodID(upcalls, "empty", "()V") : NULL;
    if (empty != NULL) env->CallStaticVoidMethod(upcalls, empty);
    if (empty == NULL || bench_jvm_failed(env, "the naive bridge")) failures++;
    vm->DetachCurrentThread();
  }
  return failures;
}

static long run_module_events(CGlobalModule* module, const bench_targets* targets, long events) {
  BenchCacheProvider provider(targets->key, targets->record);
  long failures = 0;
  for (long i = 0; i < events; i++) {
    failures += module->OnGlobalCacheOperation(&provider) != GL_NOTIFICATION_CONTINUE;
  }
  return failures;
}

static long run_events(case_thread* t, long events) {
  switch (t->id) {
    case CASE_EMPTY_CALL: run_empty_calls(events); return 0;
    case CASE_BARE_UPCALL: return run_bare_upcalls(t, events);
    case CASE_JAVA_UPCALL: return run_java_upcalls(t, events);
    case CASE_NAIVE_BRIDGE: return run_naive_bridge(t->targets, events);
    case CASE_JIIS_CONTINUE: return run_module_events(t->targets->continue_module, t->targets, events);
    case CASE_JIIS_SID: return run_module_events(t->targets->sid_module, t->targets, events);
    default: return events;
  }
}

static int attaches_itself(bench_case_id id) {
  return id == CASE_BARE_UPCALL || id == CASE_JAVA_UPCALL;
}

static int set_up(case_thread* t) {
  if (!attaches_itself(t->id)) return 1;
  JavaVMAttachArgs args;
  args.version = JNI_VERSION_10;
  args.name = const_cast<char*>("jiis-bench upcalls");
  args.group = NULL;
  return t->targets->jvm->vm->AttachCurrentThread(reinterpret_cast<void**>(&t->env), &args) == JNI_OK;
}

static void tear_down(case_thread* t) {
  if (attaches_itself(t->id) && t->env != NULL) t->targets->jvm->vm->DetachCurrentThread();
}

static void* case_thread_main(void* argument) {
  case_thread* t = static_cast<case_thread*>(argument);
  t->ok = set_up(t);
  if (t->ok) t->failures += run_events(t, t->warmup);
  pthread_barrier_wait(t->ready); /* every thread passes, so a failed one cannot hang the rest */
  if (t->ok) {
    long long start = bench_now_ns();
    long long start_cpu = bench_thread_cpu_ns();
    t->failures += run_events(t, t->events);
    long long end_cpu = bench_thread_cpu_ns();
    long long end = bench_now_ns();
    double events = static_cast<double>(t->events);
    t->result.wall_ns = static_cast<double>(end - start) / events;
    t->result.cpu_ns = static_cast<double>(end_cpu - start_cpu) / events;
  }
  tear_down(t);
  return NULL;
}

/* Runs `body` on `count` new threads with IIS-sized stacks and joins them. */
static int run_threads(int count, void* (*body)(void*), void* arguments, size_t argument_size) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, THREAD_STACK_BYTES);
  pthread_t threads[MAX_THREADS];
  int started = 0;
  for (; started < count; started++) {
    void* argument = static_cast<char*>(arguments) + argument_size * static_cast<size_t>(started);
    if (pthread_create(&threads[started], &attributes, body, argument) != 0) break;
  }
  pthread_attr_destroy(&attributes);
  for (int i = 0; i < started; i++) pthread_join(threads[i], NULL);
  if (started < count) fprintf(stderr, "jiis-bench: could not start %d threads\n", count);
  return started == count;
}

int bench_case_sample(bench_case_id id, const bench_targets* targets, int threads, long warmup,
                      long events, bench_sample* samples) {
  if (threads < 1 || threads > MAX_THREADS || events < 1) return 0;
  pthread_barrier_t ready;
  pthread_barrier_init(&ready, NULL, static_cast<unsigned>(threads));
  case_thread states[MAX_THREADS];
  memset(states, 0, sizeof states);
  for (int i = 0; i < threads; i++) {
    states[i].id = id;
    states[i].targets = targets;
    states[i].ready = &ready;
    states[i].warmup = warmup;
    states[i].events = events;
  }
  /* A barrier cannot be passed by fewer threads than it counts: start all or none. */
  int ok = run_threads(threads, &case_thread_main, states, sizeof states[0]);
  pthread_barrier_destroy(&ready);
  for (int i = 0; i < threads && ok; i++) {
    if (!states[i].ok || states[i].failures > 0) {
      fprintf(stderr, "jiis-bench: case (%s): thread %d %s (%ld failed events)\n", bench_case_key(id), i,
              states[i].ok ? "ran" : "could not be set up", states[i].failures);
      ok = 0;
    }
    samples[i] = states[i].result;
  }
  return ok;
}

typedef struct heap_thread {
  CGlobalModule* module;
  const bench_targets* targets;
  long warmup;
  long events;
  int windows;
  double* per_window;
  int ok;
} heap_thread;

static int allocated_bytes(JNIEnv* env, const bench_jvm* jvm, jlong* bytes) {
  *bytes = env->CallStaticLongMethod(jvm->upcalls, jvm->allocated_bytes);
  return !bench_jvm_failed(env, "Upcalls.allocatedBytes");
}

static void* heap_thread_main(void* argument) {
  heap_thread* h = static_cast<heap_thread*>(argument);
  const bench_jvm* jvm = h->targets->jvm;
  if (run_module_events(h->module, h->targets, h->warmup) != 0) return NULL;
  JNIEnv* env = bench_jvm_env(jvm); /* the module attached this thread on its first event */
  if (env == NULL) {
    fprintf(stderr, "jiis-bench: the module did not attach the event thread to the JVM\n");
    return NULL;
  }
  for (int w = 0; w < h->windows; w++) {
    jlong before = 0, start = 0, end = 0;
    if (!allocated_bytes(env, jvm, &before) || !allocated_bytes(env, jvm, &start)) return NULL;
    if (run_module_events(h->module, h->targets, h->events) != 0) return NULL;
    if (!allocated_bytes(env, jvm, &end)) return NULL;
    jlong measuring = start - before; /* what one allocatedBytes() call allocates itself */
    h->per_window[w] = static_cast<double>(end - start - measuring) / static_cast<double>(h->events);
  }
  h->ok = 1;
  return NULL;
}

int bench_heap_per_event(CGlobalModule* module, const bench_targets* targets, long warmup,
                         long events, int windows, double* per_window) {
  heap_thread h;
  memset(&h, 0, sizeof h);
  h.module = module;
  h.targets = targets;
  h.warmup = warmup;
  h.events = events;
  h.windows = windows;
  h.per_window = per_window;
  if (!run_threads(1, &heap_thread_main, &h, sizeof h)) return 0;
  if (!h.ok) fprintf(stderr, "jiis-bench: the heap measurement failed\n");
  return h.ok;
}
