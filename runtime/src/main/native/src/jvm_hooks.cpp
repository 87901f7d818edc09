#include "jvm_hooks.h"

#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "jiis/platform.h"
#include "jiis/runtime.h"
#include "log.h"

static volatile long exiting;

/* JVM output not yet ended by a newline, and the capture; guarded by JIIS_LOCK_JVM_OUTPUT. */
static jiis_buf pending_line = JIIS_BUF_INIT;
static jiis_buf captured_output = JIIS_BUF_INIT;
static int capturing;

/* The hook types HotSpot declares (arguments.hpp); assigning through them checks the
 * signatures and calling conventions. */
typedef void(JNICALL* exit_hook)(jint code);
typedef void(JNICALL* abort_hook)(void);
typedef jint(JNICALL* vfprintf_hook)(FILE* stream, const char* format, va_list args);

static char EXIT_OPTION[] = "exit";
static char ABORT_OPTION[] = "abort";
static char VFPRINTF_OPTION[] = "vfprintf";

static void JNICALL on_jvm_exit(jint code) {
  jiis_platform_atomic_store(&exiting, 1);
  /* jiis_log catches everything itself. */
  jiis_log(JIIS_LOG_ERROR,
           "The JVM is ending this process with exit code %d, which stops the IIS worker "
           "process. Code running in the JVM called System.exit or Runtime.halt (a module must "
           "never do that), or the JVM shut down. Look for the cause in the entries before this "
           "one.",
           static_cast<int>(code));
}

static void JNICALL on_jvm_abort(void) {
  jiis_platform_atomic_store(&exiting, 1);
  jiis_log(JIIS_LOG_ERROR,
           "The JVM hit a fatal error and is aborting this process, which stops the IIS worker "
           "process. The JVM's crash report is hs_err_pid<pid>.log in the process's current "
           "folder unless -XX:ErrorFile says otherwise.");
}

/* Hands each complete line to the capture or the log. Caller holds JIIS_LOCK_JVM_OUTPUT. */
static void flush_complete_lines(void) {
  const char* start = jiis_buf_str(&pending_line);
  const char* newline;
  jiis_buf line = JIIS_BUF_INIT;
  while ((newline = strchr(start, '\n')) != NULL) {
    size_t length = static_cast<size_t>(newline - start);
    while (length > 0 && (start[length - 1] == '\r' || start[length - 1] == ' ' ||
                          start[length - 1] == '\t')) {
      length--;
    }
    if (length > 0) {
      if (capturing) {
        if (captured_output.length > 0) jiis_buf_append_char(&captured_output, '\n');
        jiis_buf_append_n(&captured_output, start, length);
      } else {
        jiis_buf_clear(&line);
        jiis_buf_append(&line, "JVM: ");
        jiis_buf_append_n(&line, start, length);
        jiis_log_write(JIIS_LOG_WARNING, jiis_buf_str(&line));
      }
    }
    start = newline + 1;
  }
  jiis_buf_free(&line);
  size_t rest = strlen(start);
  memmove(pending_line.data, start, rest + 1);
  pending_line.length = rest;
}

static jint JNICALL on_jvm_vfprintf(FILE*, const char* format, va_list args) {
  try {
    jiis_platform_lock(JIIS_LOCK_JVM_OUTPUT);
    size_t before = pending_line.length;
    jiis_buf_vappendf(&pending_line, format, args);
    jint written = static_cast<jint>(pending_line.length - before);
    if (pending_line.failed) {
      jiis_buf_clear(&pending_line);
    } else {
      flush_complete_lines();
    }
    jiis_platform_unlock(JIIS_LOCK_JVM_OUTPUT);
    return written;
  } catch (...) {
    return 0;
  }
}

void jiis_jvm_hook_options(JavaVMOption options[JIIS_JVM_HOOK_COUNT]) {
  exit_hook on_exit = &on_jvm_exit;
  abort_hook on_abort = &on_jvm_abort;
  vfprintf_hook on_vfprintf = &on_jvm_vfprintf;
  options[0].optionString = EXIT_OPTION;
  options[0].extraInfo = reinterpret_cast<void*>(on_exit);
  options[1].optionString = ABORT_OPTION;
  options[1].extraInfo = reinterpret_cast<void*>(on_abort);
  options[2].optionString = VFPRINTF_OPTION;
  options[2].extraInfo = reinterpret_cast<void*>(on_vfprintf);
}

void jiis_jvm_output_capture_start(void) {
  jiis_platform_lock(JIIS_LOCK_JVM_OUTPUT);
  capturing = 1;
  jiis_buf_clear(&captured_output);
  jiis_platform_unlock(JIIS_LOCK_JVM_OUTPUT);
}

void jiis_jvm_output_capture_stop(jiis_buf* captured) {
  jiis_platform_lock(JIIS_LOCK_JVM_OUTPUT);
  if (pending_line.length > 0) { /* a last line without a newline */
    jiis_buf_append_char(&pending_line, '\n');
    flush_complete_lines();
  }
  capturing = 0;
  jiis_buf_append(captured, jiis_buf_str(&captured_output));
  jiis_buf_free(&captured_output);
  jiis_platform_unlock(JIIS_LOCK_JVM_OUTPUT);
}

int jiis_jvm_exiting(void) {
  return jiis_platform_atomic_load(&exiting) != 0;
}
