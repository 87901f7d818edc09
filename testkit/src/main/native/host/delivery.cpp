#include "delivery.h"

#include "cache_provider.h"
#include "json_line.h"
#include "names.h"
#include "notification_call.h"
#include "process_sample.h"
#include "provider_calls.h"
#include "report.h"
#include "step_kinds.h"
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

// The facts of a delivered call of the notifications other than the cache ones.
void describeNotificationCall(const Step& step, const NotificationData& data,
                              const ProviderCalls& calls,
                              IGlobalSuspendProcessCallback* suspendCallback,
                              long long monitorDereferencesBefore, JsonLine* line) {
  if (step.kind == StepKind::kSuspendProcess) {
    line->flag("callbackStored", suspendCallback != nullptr);
  }
  if (step.kind == StepKind::kFileChange) {
    line->number("fileMonitorDereferences",
                 data.fileMonitor.dereferences() - monitorDereferencesBefore);
  }
  if (calls.errorStatusSet()) {
    line->text("errorStatus", hex32(static_cast<unsigned long>(calls.errorStatus())));
  }
  line->json("providerCalls", calls.json());
}

// What delivery answers for a module it did not call.
const GLOBAL_NOTIFICATION_STATUS kNotCalled = static_cast<GLOBAL_NOTIFICATION_STATUS>(-1);

}  // namespace

EventDelivery::EventDelivery(const std::vector<HostModule*>& modules, const Scenario& scenario)
    : modules_(modules), scenario_(scenario) {
  for (const Step& step : scenario.steps) {
    entries_.emplace_back(new CacheEntry(step));
    notificationData_.emplace_back(new NotificationData(step));
  }
}

void EventDelivery::fireRepetitions(unsigned long from, unsigned long to) {
  const size_t end = scenario_.sectionEnd(Section::kWorkers);
  for (unsigned long repetition = from; repetition < to; repetition++) {
    for (size_t i = 0; i < end; i++) {
      fire(i, repetition);
    }
  }
}

void EventDelivery::fireOnce(Section section) {
  for (size_t i = scenario_.sectionBegin(section); i < scenario_.sectionEnd(section); i++) {
    fire(i, 0);
  }
}

void EventDelivery::waitUntilTerminateIsDue() {
  const unsigned long long due = *scenario_.terminateAfterEvents;
  std::unique_lock<std::mutex> lock(firedMutex_);
  firedChanged_.wait(lock, [this, due] {
    return workersDone_ || static_cast<unsigned long long>(completed_.load()) >= due;
  });
}

void EventDelivery::terminateBegun() {
  std::lock_guard<std::mutex> lock(firedMutex_);
  terminateBegun_ = true;
  firedChanged_.notify_all();
}

void EventDelivery::workersDone() {
  std::lock_guard<std::mutex> lock(firedMutex_);
  workersDone_ = true;
  firedChanged_.notify_all();
}

// Called once an event has been fired at every module: wakes a waiting Terminate (and waits for
// it to begin) and takes the periodic memory sample.
void EventDelivery::countFired() {
  const unsigned long long count = static_cast<unsigned long long>(++completed_);
  if (scenario_.terminateAfterEvents && count == *scenario_.terminateAfterEvents) {
    std::unique_lock<std::mutex> lock(firedMutex_);
    firedChanged_.notify_all();
    firedChanged_.wait(lock, [this] { return terminateBegun_; });
  }
  if (scenario_.memoryEvery > 0 && count % scenario_.memoryEvery == 0) {
    writeMemorySample("events", static_cast<long long>(count));
  }
}

// One event goes to every registered module, in registration order, as IIS calls every
// subscriber; a module that answers GL_NOTIFICATION_HANDLED stops it from reaching the later
// ones.
void EventDelivery::fire(size_t stepIndex, unsigned long repetition) {
  const Step& step = scenario_.steps[stepIndex];
  if (step.kind == StepKind::kResume) {
    resume(step, repetition);
    return;
  }
  const long long sequence = sequence_++;
  bool handledEarlier = false;
  for (HostModule* module : modules_) {
    const GLOBAL_NOTIFICATION_STATUS status =
        deliver(module, stepIndex, repetition, sequence, handledEarlier);
    if (status == GL_NOTIFICATION_HANDLED) handledEarlier = true;
  }
  countFired();
}

// Resume is no notification: it is not counted as an event, and every module whose callback is
// stored gets it (IIS resumes the whole process).
void EventDelivery::resume(const Step& step, unsigned long repetition) {
  for (HostModule* module : modules_) {
    IGlobalSuspendProcessCallback* callback = module->suspendCallback.load();
    JsonLine line("resume");
    addThreadFields(&line);
    line.text("moduleName", module->name)
        .number("step", step.index)
        .number("repetition", static_cast<long long>(repetition))
        .flag("callback", callback != nullptr);
    if (callback != nullptr) {
      HRESULT hr = S_OK;
      bool threw = false;
      beginDelivery(-1, "Resume", module->name.c_str());
      try {
        hr = callback->Resume();
      } catch (...) {
        threw = true;
        reportError("exception", "a C++ exception escaped IGlobalSuspendProcessCallback::Resume; "
                                 "a module must not let exceptions out of its callbacks");
      }
      endDelivery();
      if (threw) {
        line.null("hr");
      } else {
        line.text("hr", hex32(static_cast<unsigned long>(hr)));
      }
    }
    writeReportLine(line);
  }
}

// IIS calls a module only for the notifications it subscribed to; an unsubscribed event is
// reported as not delivered.
GLOBAL_NOTIFICATION_STATUS EventDelivery::deliver(HostModule* module, size_t stepIndex,
                                                  unsigned long repetition, long long sequence,
                                                  bool handledEarlier) {
  const Step& step = scenario_.steps[stepIndex];
  const CacheEntry& entry = *entries_[stepIndex];
  NotificationData& data = *notificationData_[stepIndex];
  const bool cacheOperation = step.kind == StepKind::kCacheOperation;
  const bool cacheEvent = cacheOperation || step.kind == StepKind::kCacheCleanup;
  const DWORD notification = stepKindInfo(step.kind).notification;
  const char* method = stepKindInfo(step.kind).method;
  const bool subscribed = (module->notifications & notification) != 0;
  const bool call = subscribed && !handledEarlier;

  // Where Terminate was as the call began and as it ended: whether the two overlapped.
  const TerminatePhase phaseAtStart = module->terminatePhase.load();
  HostCacheProvider provider(static_cast<CACHE_OPERATION>(step.cacheOperation),
                             entry.providerKey(), entry.providerRecord());
  ProviderCalls calls;
  IGlobalSuspendProcessCallback* suspendCallback = nullptr;
  const long long monitorDereferences = data.fileMonitor.dereferences();
  bool threw = false;
  GLOBAL_NOTIFICATION_STATUS status = kNotCalled;
  if (call) {
    beginDelivery(sequence, method, module->name.c_str());
    try {
      if (cacheOperation) {
        status = module->globalModule->OnGlobalCacheOperation(&provider);
      } else if (cacheEvent) {
        status = module->globalModule->OnGlobalCacheCleanup();
      } else {
        status = callNotification(module, data, &calls, &suspendCallback);
      }
    } catch (...) {
      threw = true;
      reportError("exception", std::string("a C++ exception escaped ") + method +
                                   "; a module must not let exceptions out of its callbacks");
    }
    endDelivery();
    delivered_++;
    if (step.kind == StepKind::kSuspendProcess && suspendCallback != nullptr) {
      module->suspendCallback.store(suspendCallback);
    }
    if (threw) {
      status = kNotCalled;
    } else if (status == GL_NOTIFICATION_CONTINUE) {
      continued_++;
    } else if (status == GL_NOTIFICATION_HANDLED) {
      handled_++;
    } else {
      otherStatus_++;
      reportError("status", std::string(method) + " returned " + std::to_string(status) +
                                ", which is no GLOBAL_NOTIFICATION_STATUS value");
    }
  }
  const TerminatePhase phaseAtEnd = module->terminatePhase.load();
  if (!scenario_.eventLines) return status;

  JsonLine line("event");
  addThreadFields(&line);
  line.text("moduleName", module->name)
      .number("sequence", sequence)
      .number("step", step.index)
      .number("repetition", static_cast<long long>(repetition))
      .text("event", globalNotificationName(notification))
      .text("method", method);
  if (cacheOperation) {
    line.text("operation", cacheOperationConstant(step.cacheOperation))
        .text("entry", entryName(step.entry));
  }
  if (phaseAtStart == TerminatePhase::kAfter) {
    line.text("terminate", "after");
  } else if (phaseAtEnd != TerminatePhase::kBefore) {
    line.text("terminate", "during");
  }
  line.flag("delivered", call);
  if (subscribed && !call) line.text("skipped", "handled-earlier");
  if (call) {
    if (threw) {
      line.null("status").null("statusValue");
    } else {
      line.textOrNull("status", notificationStatusName(status)).number("statusValue", status);
    }
    if (cacheOperation) {
      line.flag("recordReplaced", provider.recordReplaced());
      if (provider.errorStatusSet()) {
        line.text("errorStatus", hex32(provider.errorStatus()));
      }
    } else if (!cacheEvent) {
      describeNotificationCall(step, data, calls, suspendCallback, monitorDereferences, &line);
    }
  }
  writeReportLine(line);
  return status;
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
