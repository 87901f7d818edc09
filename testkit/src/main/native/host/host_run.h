// One run, as IIS runs global modules in a worker process: load them, RegisterModule, events on
// worker threads, events after the workers, Terminate (during or after the events), events
// after Terminate.
#ifndef JIIS_HOST_HOST_RUN_H
#define JIIS_HOST_HOST_RUN_H

#include <string>
#include <vector>

#include "scenario.h"

namespace jiis_host {

struct RunOutcome {
  long long modules = 0;            // modules given
  long long registeredModules = 0;  // RegisterModule succeeded and set a CGlobalModule
  long long terminatedModules = 0;  // Terminate was called and returned
  long long workerThreads = 0;      // worker threads started over the run
  long long fired = 0;
  long long delivered = 0;
  long long continued = 0;
  long long handled = 0;
  long long otherStatus = 0;
  long long records = 0;
  long long unbalancedRecords = 0;
};

// Writes the "registration", "event", "memory", "terminate" and "record" lines (and any "error"
// lines).
RunOutcome runModules(const std::vector<std::string>& modulePaths, const Scenario& scenario);

}  // namespace jiis_host

#endif
