// Fires the scenario's events at the module and counts what it answered.
#ifndef JIIS_HOST_DELIVERY_H
#define JIIS_HOST_DELIVERY_H

#include <atomic>
#include <memory>
#include <vector>

#include "cache_entry.h"
#include "iis_api.h"
#include "scenario.h"

namespace jiis_host {

class EventDelivery {
 public:
  // The scenario must outlive this object (records refer to its steps).
  EventDelivery(CGlobalModule* module, DWORD notifications, const Scenario& scenario);

  // Fires every step `repeat` times, in scenario order, on the calling thread.
  void fireAll();

  // Writes one "record" line per record.
  void writeRecords() const;

  long long fired() const { return sequence_; }
  long long delivered() const { return delivered_; }
  long long continued() const { return continued_; }
  long long handled() const { return handled_; }
  long long otherStatus() const { return otherStatus_; }
  long long unbalancedRecords() const;

 private:
  void fire(const Step& step, const CacheEntry& entry, unsigned long repetition);

  CGlobalModule* module_;
  DWORD notifications_;
  const Scenario& scenario_;
  std::vector<std::unique_ptr<CacheEntry>> entries_;
  std::atomic<long long> sequence_{0};
  std::atomic<long long> delivered_{0};
  std::atomic<long long> continued_{0};
  std::atomic<long long> handled_{0};
  std::atomic<long long> otherStatus_{0};
};

}  // namespace jiis_host

#endif
