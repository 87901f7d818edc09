#include "delivery.h"

#include "cache_provider.h"
#include "json_line.h"
#include "names.h"
#include "report.h"
#include "text.h"
#include "thread_context.h"

namespace jiis_host {

namespace {

const char* entryName(EntryKind kind) {
  switch (kind) {
    case EntryKind::kToken: return "token";
    case EntryKind::kFile: return "file";
    case EntryKind::kUri: return "uri";
    case EntryKind::kNone: return "none";
  }
  return "none";
}

}  // namespace

EventDelivery::EventDelivery(CGlobalModule* module, DWORD notifications, const Scenario& scenario)
    : module_(module), notifications_(notifications), scenario_(scenario) {
  for (const Step& step : scenario.steps) {
    entries_.emplace_back(new CacheEntry(step));
  }
}

void EventDelivery::fireAll() {
  for (unsigned long repetition = 0; repetition < scenario_.repeat; repetition++) {
    for (size_t i = 0; i < scenario_.steps.size(); i++) {
      fire(scenario_.steps[i], *entries_[i], repetition);
    }
  }
}

// IIS calls a module only for the notifications it subscribed to; an unsubscribed event is
// reported as not delivered.
void EventDelivery::fire(const Step& step, const CacheEntry& entry, unsigned long repetition) {
  const long long sequence = sequence_++;
  const bool cacheOperation = step.kind == StepKind::kCacheOperation;
  const DWORD notification = cacheOperation ? GL_CACHE_OPERATION : GL_CACHE_CLEANUP;
  const char* method = cacheOperation ? "OnGlobalCacheOperation" : "OnGlobalCacheCleanup";

  JsonLine line("event");
  addThreadFields(&line);
  line.number("sequence", sequence)
      .number("step", step.index)
      .number("repetition", static_cast<long long>(repetition))
      .text("event", globalNotificationName(notification))
      .text("method", method);
  if (cacheOperation) {
    line.text("operation", cacheOperationConstant(step.cacheOperation))
        .text("entry", entryName(step.entry));
  }
  const bool subscribed = (notifications_ & notification) != 0;
  line.flag("delivered", subscribed);
  if (!subscribed) {
    writeReportLine(line);
    return;
  }

  HostCacheProvider provider(static_cast<CACHE_OPERATION>(step.cacheOperation),
                             entry.providerKey(), entry.providerRecord());
  bool threw = false;
  GLOBAL_NOTIFICATION_STATUS status = GL_NOTIFICATION_CONTINUE;
  beginDelivery(sequence, method);
  try {
    status = cacheOperation ? module_->OnGlobalCacheOperation(&provider)
                            : module_->OnGlobalCacheCleanup();
  } catch (...) {
    threw = true;
    reportError("exception", std::string("a C++ exception escaped ") + method +
                                 "; a module must not let exceptions out of its callbacks");
  }
  endDelivery();

  delivered_++;
  if (threw) {
    line.null("status").null("statusValue");
  } else {
    line.textOrNull("status", notificationStatusName(status)).number("statusValue", status);
    if (status == GL_NOTIFICATION_CONTINUE) {
      continued_++;
    } else if (status == GL_NOTIFICATION_HANDLED) {
      handled_++;
    } else {
      otherStatus_++;
      reportError("status", std::string(method) + " returned " + std::to_string(status) +
                                ", which is no GLOBAL_NOTIFICATION_STATUS value");
    }
  }
  if (cacheOperation) {
    line.flag("recordReplaced", provider.recordReplaced());
    if (provider.errorStatusSet()) {
      line.text("errorStatus", hex32(provider.errorStatus()));
    }
  }
  writeReportLine(line);
}

void EventDelivery::writeRecords() const {
  for (const auto& entry : entries_) {
    if (entry->recordState() != nullptr) entry->recordState()->writeReport();
  }
}

long long EventDelivery::unbalancedRecords() const {
  long long count = 0;
  for (const auto& entry : entries_) {
    if (entry->recordState() != nullptr && !entry->recordState()->balanced()) count++;
  }
  return count;
}

}  // namespace jiis_host
