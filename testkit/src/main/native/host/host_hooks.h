// What the host offers the module beyond the IIS interfaces: the event-log function the jiis
// runtime calls (exported by the executable), and DebugBreak made observable.
#ifndef JIIS_HOST_HOST_HOOKS_H
#define JIIS_HOST_HOST_HOOKS_H

#include <string>

// The Windows Event Log stand-in. The jiis runtime looks this C symbol up in the process and,
// when present, calls it for every event-log entry instead of writing to stderr. level: 0 error,
// 1 warning, 2 info, 3 debug. Strings are UTF-8; any thread may call it, at any time.
extern "C" __attribute__((visibility("default"))) void jiis_host_event_log(const char* source,
                                                                           int level,
                                                                           const char* message);

namespace jiis_host {

// The Linux winshim's DebugBreak raises SIGTRAP, which would end the process. The handler this
// installs reports a DebugBreak as an "error" line (kind "debug-break") and lets the module
// continue, like a debugger that continues from a breakpoint.
bool installDebugBreakHandler(std::string* error);

long long debugBreakCount();

}  // namespace jiis_host

#endif
