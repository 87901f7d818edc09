#include "event_log.h"

#include <pthread.h>
#include <stdio.h>
#include <string.h>

enum { MAX_ENTRIES = 2048, MAX_TEXT = 512 };

typedef struct log_entry {
  int level;
  char source[64];
  char message[MAX_TEXT];
} log_entry;

static pthread_mutex_t lock = PTHREAD_MUTEX_INITIALIZER;
static log_entry entries[MAX_ENTRIES];
static int count;
static int problems;
static int quiet;
static int jvm_output_ok;

static const char JVM_OUTPUT_PREFIX[] = "JVM: ";

static const char* level_name(int level) {
  switch (level) {
    case 0: return "error";
    case 1: return "warning";
    case 2: return "info";
    case 3: return "debug";
    default: return "unknown";
  }
}

extern "C" __attribute__((visibility("default"))) void jiis_host_event_log(const char* source, int level,
                                                                         const char* message) {
  if (source == NULL) source = "(null)";
  if (message == NULL) message = "(null)";
  pthread_mutex_lock(&lock);
  int jvm_output = strncmp(message, JVM_OUTPUT_PREFIX, sizeof JVM_OUTPUT_PREFIX - 1) == 0;
  if (level <= 1 && !(jvm_output && jvm_output_ok)) problems++;
  if (count < MAX_ENTRIES) {
    log_entry* entry = &entries[count++];
    entry->level = level;
    snprintf(entry->source, sizeof entry->source, "%s", source);
    snprintf(entry->message, sizeof entry->message, "%s", message);
  }
  if (!quiet || level <= 1) fprintf(stderr, "jiis-bench: log %s [%s] %s\n", level_name(level), source, message);
  pthread_mutex_unlock(&lock);
}

int bench_log_problems(void) {
  pthread_mutex_lock(&lock);
  int result = problems;
  pthread_mutex_unlock(&lock);
  return result;
}

int bench_log_contains(const char* source, const char* text) {
  int found = 0;
  pthread_mutex_lock(&lock);
  for (int i = 0; i < count && !found; i++) {
    found = strcmp(entries[i].source, source) == 0 && strstr(entries[i].message, text) != NULL;
  }
  pthread_mutex_unlock(&lock);
  return found;
}

void bench_log_set_jvm_output_ok(int ok) {
  pthread_mutex_lock(&lock);
  jvm_output_ok = ok;
  pthread_mutex_unlock(&lock);
}

void bench_log_set_quiet(int value) {
  pthread_mutex_lock(&lock);
  quiet = value;
  pthread_mutex_unlock(&lock);
}
