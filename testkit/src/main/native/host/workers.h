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

// How the workers share out the repetitions.
struct WorkerPlan {
  unsigned long workers = 1;   // threads running at a time, named "worker-1" ... "worker-<N>"
  unsigned long repeat = 1;    // repetitions each worker fires over the run
  unsigned long turnover = 0;  // repetitions per thread before it ends (0: all of them)
  size_t stackBytes = kIisThreadStackBytes;
};

// Fires the plan's repetitions: body(from, to) fires repetitions [from, to) on the calling
// worker thread. With a turnover, the run goes in generations: every worker's thread fires
// `turnover` repetitions and ends, then a new generation of threads continues, so threads start
// and end during the run, as IIS's thread pool does. Waits for all of them. Returns false if a
// thread could not be started (the started ones are still joined); *threadsStarted counts the
// threads that ran.
bool runWorkers(const WorkerPlan& plan,
                const std::function<void(unsigned long from, unsigned long to)>& body,
                long long* threadsStarted, std::string* error);

}  // namespace jiis_host

#endif
