#include "host_hooks.h"

#include <signal.h>

#include <atomic>
#include <cerrno>
#include <cstring>

#include "json_line.h"
#include "names.h"
#include "report.h"
#include "thread_context.h"

extern "C" void jiis_host_event_log(const char* source, int level, const char* message) {
  using namespace jiis_host;
  JsonLine line("log");
  addThreadFields(&line);
  const char* levelName = logLevelName(level);
  line.number("elapsedMs", elapsedMillis())
      .textOrNull("source", source)
      .number("levelValue", level)
      .text("level", levelName != nullptr ? levelName : "unknown")
      .textOrNull("message", message);
  writeReportLine(line);
  if (levelName == nullptr) {
    reportError("log", "jiis_host_event_log was called with level " + std::to_string(level) +
                           " (known: 0 error, 1 warning, 2 info, 3 debug)");
  }
}

namespace jiis_host {

namespace {

std::atomic<long long> g_debugBreaks{0};

// POSIX allows a handler of a signal sent by raise() -- which is how the winshim's DebugBreak
// breaks -- to call functions that are not async-signal-safe; a SIGTRAP from anywhere else (a
// real breakpoint instruction) is not ours to handle and gets the default action.
void onSigtrap(int signal, siginfo_t* info, void*) {
  const bool raised = info != nullptr && (info->si_code == SI_TKILL || info->si_code == SI_USER);
  if (!raised) {
    ::signal(signal, SIG_DFL);
    raise(signal);
    return;
  }
  g_debugBreaks++;
  const char* method = currentDeliveryMethod();
  std::string message;
  if (method == nullptr) {
    message = "DebugBreak outside any call from the host";
  } else if (std::strncmp(method, "OnGlobal", 8) == 0) {
    message = std::string("DebugBreak during ") + method +
              ": the CGlobalModule default body ran, so the module subscribed to this "
              "notification without overriding " + method +
              " with the exact signature (mark overrides 'override')";
  } else {
    message = std::string("DebugBreak during ") + method;
  }
  reportError("debug-break", message);
}

}  // namespace

bool installDebugBreakHandler(std::string* error) {
  struct sigaction action;
  std::memset(&action, 0, sizeof action);
  action.sa_sigaction = onSigtrap;
  action.sa_flags = SA_SIGINFO | SA_RESTART;
  sigemptyset(&action.sa_mask);
  if (sigaction(SIGTRAP, &action, nullptr) != 0) {
    *error = std::string("cannot install the SIGTRAP handler: ") + std::strerror(errno);
    return false;
  }
  return true;
}

long long debugBreakCount() { return g_debugBreaks; }

}  // namespace jiis_host
