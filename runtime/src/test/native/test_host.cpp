/* A stand-in for the IIS worker process: loads test module libraries with dlopen and drives
 * them from a script on the command line, printing one line per step for the Java test.
 *
 *   test_host load <module.so> | start <m> | dispatch <m> <event> <arg> |
 *             threads <m> <threads> <events per thread> | resume <m> | stop <m> ...
 *
 * <m> is the load order (0, 1, ...); <event> a java_method of test_events.h. Unless built with
 * -DTEST_HOST_WITHOUT_EVENT_LOG it exports jiis_host_event_log, as the jiis host simulator does,
 * and prints each entry as "EVENTLOG|<source>|<level>|<message with \n and \\ escaped>". */
#include <dlfcn.h>
#include <pthread.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "test_events.h"

#define TEST_EXPORT extern "C" __attribute__((visibility("default")))

#ifndef TEST_HOST_WITHOUT_EVENT_LOG
TEST_EXPORT void jiis_host_event_log(const char* source, int level, const char* message) {
  flockfile(stdout);
  printf("EVENTLOG|%s|%d|", source, level);
  for (const char* c = message; *c != '\0'; c++) {
    if (*c == '\n') {
      fputs("\\n", stdout);
    } else if (*c == '\\') {
      fputs("\\\\", stdout);
    } else {
      putchar(*c);
    }
  }
  putchar('\n');
  fflush(stdout);
  funlockfile(stdout);
}
#endif

typedef struct test_module {
  int32_t (*start)(void);
  int (*active)(void);
  int (*dispatch)(int event_index, long long arg);
  void (*resume)(void);
  void (*stop)(void);
} test_module;

static test_module modules[4];
static int module_count;

static void fail(const char* format, const char* detail) {
  printf("HOST ERROR: ");
  printf(format, detail);
  printf("\n");
  exit(100);
}

static void* symbol(void* library, const char* name) {
  void* found = dlsym(library, name);
  if (found == NULL) fail("module library lacks %s", name);
  return found;
}

static void load(const char* path) {
  if (module_count == 4) fail("too many modules (%s)", path);
  void* library = dlopen(path, RTLD_NOW | RTLD_LOCAL);
  if (library == NULL) fail("dlopen failed: %s", dlerror());
  test_module* m = &modules[module_count++];
  m->start = reinterpret_cast<int32_t (*)(void)>(symbol(library, "test_module_start"));
  m->active = reinterpret_cast<int (*)(void)>(symbol(library, "test_module_active"));
  m->dispatch = reinterpret_cast<int (*)(int, long long)>(symbol(library, "test_module_dispatch"));
  m->resume = reinterpret_cast<void (*)(void)>(symbol(library, "test_module_resume"));
  m->stop = reinterpret_cast<void (*)(void)>(symbol(library, "test_module_stop"));
  printf("load %d %s\n", module_count - 1, path);
}

static test_module* module_at(const char* index) {
  int i = atoi(index);
  if (i < 0 || i >= module_count) fail("no module %s", index);
  return &modules[i];
}

static int event_index(const char* name) {
  for (int i = 0; i < TEST_EVENT_COUNT; i++) {
    if (strcmp(TEST_EVENTS[i].java_method, name) == 0) return i;
  }
  fail("unknown event %s", name);
  return -1;
}

typedef struct worker {
  test_module* module;
  int events;
  int handled;
} worker;

/* Dispatches cacheOperation with args 0..events-1; the stand-in handles the odd ones. */
static void* run_worker(void* argument) {
  worker* w = static_cast<worker*>(argument);
  int cache_operation = event_index("cacheOperation");
  for (int i = 0; i < w->events; i++) w->handled += w->module->dispatch(cache_operation, i);
  return NULL;
}

static void run_threads(test_module* module, int threads, int events) {
  pthread_t ids[64];
  worker workers[64];
  if (threads < 1 || threads > 64) fail("threads must be 1..64, not %s", "?");
  for (int t = 0; t < threads; t++) {
    workers[t].module = module;
    workers[t].events = events;
    workers[t].handled = 0;
    if (pthread_create(&ids[t], NULL, &run_worker, &workers[t]) != 0) fail("pthread_create %s", "failed");
  }
  int handled = 0;
  for (int t = 0; t < threads; t++) {
    pthread_join(ids[t], NULL);
    handled += workers[t].handled;
  }
  printf("threads %d x %d handled %d\n", threads, events, handled);
}

/* lowStack: an event on a 512 KB thread (an IIS worker's stack) after using all but `left_kb` of
 * it, as a deeply nested caller would. The thread's first event, at the top of its stack, attaches
 * it (the JVM refuses to attach a thread with little stack left). */
typedef struct low_stack_call {
  test_module* module;
  int event;
  long long arg;
  uintptr_t stop_at; /* recurse until the stack pointer is at or below this */
  int result;
} low_stack_call;

static uintptr_t stack_floor(void) {
  pthread_attr_t attributes;
  void* low = NULL;
  size_t size = 0;
  if (pthread_getattr_np(pthread_self(), &attributes) != 0) fail("pthread_getattr_np %s", "failed");
  pthread_attr_getstack(&attributes, &low, &size);
  pthread_attr_destroy(&attributes);
  return reinterpret_cast<uintptr_t>(low);
}

__attribute__((noinline)) static int descend(low_stack_call* call) {
  volatile char frame[1024];
  frame[0] = 1;
  if (reinterpret_cast<uintptr_t>(&frame[0]) > call->stop_at) return descend(call) + frame[0] - 1;
  return call->module->dispatch(call->event, call->arg);
}

static void* run_low_stack(void* argument) {
  low_stack_call* call = static_cast<low_stack_call*>(argument);
  call->module->dispatch(call->event, 0);
  call->stop_at += stack_floor();
  call->result = descend(call);
  return NULL;
}

static int dispatch_on_low_stack(test_module* module, int event, long long arg, int left_kb) {
  low_stack_call call = {module, event, arg, static_cast<uintptr_t>(left_kb) * 1024, -1};
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  pthread_attr_setstacksize(&attributes, 512 * 1024);
  pthread_t id;
  if (pthread_create(&id, &attributes, &run_low_stack, &call) != 0) fail("pthread_create %s", "failed");
  pthread_join(id, NULL);
  pthread_attr_destroy(&attributes);
  return call.result;
}

int main(int argc, char** argv) {
  setvbuf(stdout, NULL, _IOLBF, 0);
  for (int i = 1; i < argc; i++) {
    const char* command = argv[i];
    int left = argc - i - 1;
    if (strcmp(command, "load") == 0 && left >= 1) {
      load(argv[++i]);
    } else if (strcmp(command, "start") == 0 && left >= 1) {
      test_module* m = module_at(argv[++i]);
      int32_t result = m->start();
      printf("start %s 0x%08X active=%d\n", argv[i], static_cast<unsigned>(result), m->active());
    } else if (strcmp(command, "dispatch") == 0 && left >= 3) {
      test_module* m = module_at(argv[i + 1]);
      int result = m->dispatch(event_index(argv[i + 2]), atoll(argv[i + 3]));
      printf("dispatch %s %s %s -> %d\n", argv[i + 1], argv[i + 2], argv[i + 3], result);
      i += 3;
    } else if (strcmp(command, "lowStack") == 0 && left >= 4) {
      int result = dispatch_on_low_stack(module_at(argv[i + 1]), event_index(argv[i + 2]),
                                         atoll(argv[i + 3]), atoi(argv[i + 4]));
      printf("lowStack %s %s %s %s -> %d\n", argv[i + 1], argv[i + 2], argv[i + 3], argv[i + 4], result);
      i += 4;
    } else if (strcmp(command, "threads") == 0 && left >= 3) {
      run_threads(module_at(argv[i + 1]), atoi(argv[i + 2]), atoi(argv[i + 3]));
      i += 3;
    } else if (strcmp(command, "resume") == 0 && left >= 1) {
      test_module* m = module_at(argv[++i]);
      m->resume();
      printf("resume %s active=%d\n", argv[i], m->active());
    } else if (strcmp(command, "stop") == 0 && left >= 1) {
      test_module* m = module_at(argv[++i]);
      m->stop();
      printf("stop %s active=%d\n", argv[i], m->active());
    } else {
      fail("bad command %s", command);
    }
  }
  printf("host done\n");
  return 0;
}
