// Fires the scenario's events at the registered modules and counts what they answered.
#ifndef JIIS_HOST_DELIVERY_H
#define JIIS_HOST_DELIVERY_H

#include <atomic>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "cache_entry.h"
#include "host_module.h"
#include "iis_api.h"
#include "notification_data.h"
#include "scenario.h"

namespace jiis_host {

class EventDelivery {
 public:
  // The modules (those that registered a CGlobalModule, in registration order) and the scenario
  // must outlive this object (records refer to its steps).
  EventDelivery(const std::vector<HostModule*>& modules, const Scenario& scenario);

  // Fires the workers' steps, in scenario order, for repetitions [from, to), on the calling
  // thread.
  void fireRepetitions(unsigned long from, unsigned long to);

  // Fires the steps of a section after the workers' once each, on the calling thread.
  void fireOnce(Section section);

  // With terminate-after-events: blocks until that many events have been fired at every
  // module, or workersDone() was called. The worker that fired the last of them then waits for
  // terminateBegun(), so that later events are sure to race Terminate however fast the others are.
  void waitUntilTerminateIsDue();
  // Says Terminate has begun (releases that worker).
  void terminateBegun();
  // Says the workers have finished (wakes waitUntilTerminateIsDue).
  void workersDone();

  // Writes one "record" line per record.
  void writeRecords() const;

  long long fired() const { return sequence_; }
  long long delivered() const { return delivered_; }
  long long continued() const { return continued_; }
  long long handled() const { return handled_; }
  long long otherStatus() const { return otherStatus_; }
  long long unbalancedRecords() const;

 private:
  void fire(size_t stepIndex, unsigned long repetition);
  // Calls one module for one event; returns its status, or -1 if it was not called.
  GLOBAL_NOTIFICATION_STATUS deliver(HostModule* module, size_t stepIndex,
                                     unsigned long repetition, long long sequence,
                                     bool handledEarlier);
  // A 'resume' line: calls Resume on the callback each module stored in OnSuspendProcess.
  void resume(const Step& step, unsigned long repetition);
  void countFired();

  const std::vector<HostModule*> modules_;
  const Scenario& scenario_;
  std::vector<std::unique_ptr<CacheEntry>> entries_;
  std::vector<std::unique_ptr<NotificationData>> notificationData_;
  std::atomic<long long> sequence_{0};   // events started
  std::atomic<long long> completed_{0};  // events fired at every module
  std::atomic<long long> delivered_{0};
  std::atomic<long long> continued_{0};
  std::atomic<long long> handled_{0};
  std::atomic<long long> otherStatus_{0};

  // Wakes waitUntilFired.
  std::mutex firedMutex_;
  std::condition_variable firedChanged_;
  bool workersDone_ = false;
  bool terminateBegun_ = false;
};

}  // namespace jiis_host

#endif
