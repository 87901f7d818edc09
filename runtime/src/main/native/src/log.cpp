#include "log.h"

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jiis/platform.h"
#include "jiis/runtime.h"

/* A process that hosts modules (the jiis host simulator) may export this to receive every
 * entry instead of the Event Log / stderr. */
typedef void(JIIS_CDECL* host_event_log_fn)(const char* source, int level, const char* message);
static const char HOST_EVENT_LOG_SYMBOL[] = "jiis_host_event_log";

static char source[128] = "jiis";
static host_event_log_fn host_event_log;
static volatile long configured_level = JIIS_LOG_INFO;

void jiis_log_init(const char* module_name) {
  snprintf(source, sizeof source, "%s", module_name);
  host_event_log = reinterpret_cast<host_event_log_fn>(
      jiis_platform_process_symbol(HOST_EVENT_LOG_SYMBOL));
}

const char* jiis_log_source(void) {
  return source;
}

void jiis_log_set_level(int level) {
  jiis_platform_atomic_store(&configured_level, level);
}

int jiis_log_enabled(int level) {
  return level <= jiis_platform_atomic_load(&configured_level);
}

void jiis_log_write(int level, const char* message) {
  if (!jiis_log_enabled(level)) return;
  if (level < JIIS_LOG_ERROR) level = JIIS_LOG_ERROR;
  if (level > JIIS_LOG_DEBUG) level = JIIS_LOG_DEBUG;
  if (host_event_log != NULL) {
    host_event_log(source, level, message);
  } else {
    jiis_platform_log_write(source, level, message);
  }
}

void jiis_vlog(int level, const char* format, va_list args) {
  if (!jiis_log_enabled(level)) return;
  char small[512];
  va_list measure;
  va_copy(measure, args);
  int length = vsnprintf(small, sizeof small, format, measure);
  va_end(measure);
  if (length < 0) {
    jiis_log_write(level, format);
  } else if (static_cast<size_t>(length) < sizeof small) {
    jiis_log_write(level, small);
  } else {
    char* large = static_cast<char*>(malloc(static_cast<size_t>(length) + 1));
    if (large == NULL) {
      jiis_log_write(level, small); /* truncated beats nothing */
      return;
    }
    vsnprintf(large, static_cast<size_t>(length) + 1, format, args);
    jiis_log_write(level, large);
    free(large);
  }
}

extern "C" void jiis_log(int level, const char* format, ...) {
  try {
    va_list args;
    va_start(args, format);
    jiis_vlog(level, format, args);
    va_end(args);
  } catch (...) {
    /* Logging must never take the worker process down. */
  }
}
