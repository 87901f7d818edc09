#include "workers.h"

#include <pthread.h>

#include <cstring>
#include <string>
#include <vector>

#include "thread_context.h"

namespace jiis_host {

namespace {

struct ThreadStart {
  std::function<void()> body;
  std::string name;
};

void* threadMain(void* argument) {
  const ThreadStart* start = static_cast<const ThreadStart*>(argument);
  setThreadName(start->name.c_str());
  start->body();
  return nullptr;
}

// Starts one thread per entry and joins them all; *started counts the threads that ran.
bool startThreads(const std::vector<ThreadStart>& starts, size_t stackBytes, long long* started,
                  std::string* error) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  int result = pthread_attr_setstacksize(&attributes, stackBytes);
  if (result != 0) {
    *error = "cannot set a thread stack of " + std::to_string(stackBytes) + " bytes: " +
             std::strerror(result);
  }
  std::vector<pthread_t> threads;
  for (size_t i = 0; i < starts.size() && result == 0; i++) {
    pthread_t thread;
    result = pthread_create(&thread, &attributes, threadMain,
                            const_cast<ThreadStart*>(&starts[i]));
    if (result == 0) {
      threads.push_back(thread);
    } else {
      *error = "cannot start " + starts[i].name + ": " + std::strerror(result);
    }
  }
  pthread_attr_destroy(&attributes);
  for (pthread_t thread : threads) {
    pthread_join(thread, nullptr);
  }
  *started += static_cast<long long>(threads.size());
  return result == 0;
}

}  // namespace

bool runOnThread(const char* name, size_t stackBytes, const std::function<void()>& body,
                 std::string* error) {
  long long started = 0;
  return startThreads({ThreadStart{body, name}}, stackBytes, &started, error);
}

bool runWorkers(const WorkerPlan& plan,
                const std::function<void(unsigned long from, unsigned long to)>& body,
                long long* threadsStarted, std::string* error) {
  const unsigned long perThread =
      plan.turnover == 0 || plan.turnover > plan.repeat ? plan.repeat : plan.turnover;
  *threadsStarted = 0;
  for (unsigned long from = 0; from < plan.repeat; from += perThread) {
    const unsigned long to = plan.repeat - from < perThread ? plan.repeat : from + perThread;
    std::vector<ThreadStart> generation;
    for (unsigned long i = 0; i < plan.workers; i++) {
      generation.push_back(
          ThreadStart{[&body, from, to] { body(from, to); }, "worker-" + std::to_string(i + 1)});
    }
    if (!startThreads(generation, plan.stackBytes, threadsStarted, error)) return false;
  }
  return true;
}

}  // namespace jiis_host
