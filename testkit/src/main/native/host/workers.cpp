#include "workers.h"

#include <pthread.h>

#include <cstring>
#include <string>
#include <vector>

#include "thread_context.h"

namespace jiis_host {

namespace {

struct WorkerStart {
  const std::function<void()>* body;
  std::string name;
};

void* workerMain(void* argument) {
  const WorkerStart* start = static_cast<const WorkerStart*>(argument);
  setThreadName(start->name.c_str());
  (*start->body)();
  return nullptr;
}

}  // namespace

bool runOnWorkers(unsigned long count, size_t stackBytes, const std::function<void()>& body,
                  std::string* error) {
  pthread_attr_t attributes;
  pthread_attr_init(&attributes);
  int result = pthread_attr_setstacksize(&attributes, stackBytes);
  if (result != 0) {
    *error = "cannot set a worker stack of " + std::to_string(stackBytes) + " bytes: " +
             std::strerror(result);
    pthread_attr_destroy(&attributes);
    return false;
  }
  std::vector<WorkerStart> starts(count);
  std::vector<pthread_t> threads;
  for (unsigned long i = 0; i < count && result == 0; i++) {
    starts[i].body = &body;
    starts[i].name = "worker-" + std::to_string(i + 1);
    pthread_t thread;
    result = pthread_create(&thread, &attributes, workerMain, &starts[i]);
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

}  // namespace jiis_host
