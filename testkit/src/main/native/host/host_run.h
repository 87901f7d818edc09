// One run of a module, as IIS runs a global module in a worker process: load, RegisterModule,
// events on worker threads, Terminate.
#ifndef JIIS_HOST_HOST_RUN_H
#define JIIS_HOST_HOST_RUN_H

#include <string>

#include "scenario.h"

namespace jiis_host {

struct RunOutcome {
  bool registered = false;  // RegisterModule succeeded and set a CGlobalModule
  bool terminated = false;  // Terminate was called and returned
  long long fired = 0;
  long long delivered = 0;
  long long continued = 0;
  long long handled = 0;
  long long otherStatus = 0;
  long long records = 0;
  long long unbalancedRecords = 0;
};

// Writes the "registration", "event", "terminate" and "record" lines (and any "error" lines).
RunOutcome runModule(const std::string& modulePath, const Scenario& scenario);

}  // namespace jiis_host

#endif
