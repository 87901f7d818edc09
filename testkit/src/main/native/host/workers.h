// Threads with the stack size IIS gives its threads: the workers that deliver events, and the
// thread that calls RegisterModule and Terminate.
#ifndef JIIS_HOST_WORKERS_H
#define JIIS_HOST_WORKERS_H

#include <cstddef>
#include <functional>
#include <string>

namespace jiis_host {

// The stack of an IIS worker thread on x64.
const size_t kIisThreadStackBytes = 512 * 1024;

// Runs body on one new thread with the given name and stack size and waits for it. Returns false
// if the thread could not be started.
bool runOnThread(const char* name, size_t stackBytes, const std::function<void()>& body,
                 std::string* error);

// Runs body on `count` threads named "worker-1" ... "worker-<count>", each with a stack of
// stackBytes, and waits for all of them. Returns false if a thread could not be started (the
// started ones are still joined).
bool runOnWorkers(unsigned long count, size_t stackBytes, const std::function<void()>& body,
                  std::string* error);

}  // namespace jiis_host

#endif
