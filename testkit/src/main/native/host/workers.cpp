#include "workers.h"

#include <pthread.h>

#include <cstring>
#include <string>
#include <vector>

#include "thread_context.h"

namespace jiis_host {

namespace {

struct ThreadStart {
  const std::function<void()>* body;
  std::string name;
};

void* threadMain(void* argument) {
  const ThreadStart* start = static_cast<const ThreadStart*>(argument);
  setThreadName(start->name.c_str());
  (*start->body)();
  return nullptr;
}

bool startThreads(const std::vector<ThreadStart>& starts, size_t stackBytes, std::string* error) {
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
  return result == 0;
}

}  // namespace

bool runOnThread(const char* name, size_t stackBytes, const std::function<void()>& body,
                 std::string* error) {
  return startThreads({ThreadStart{&body, name}}, stackBytes, error);
}

bool runOnWorkers(unsigned long count, size_t stackBytes, const std::function<void()>& body,
                  std::string* error) {
  std::vector<ThreadStart> starts;
  for (unsigned long i = 0; i < count; i++) {
    starts.push_back(ThreadStart{&body, "worker-" + std::to_string(i + 1)});
  }
  return startThreads(starts, stackBytes, error);
}

}  // namespace jiis_host
