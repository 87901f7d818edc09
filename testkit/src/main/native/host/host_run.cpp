#include "host_run.h"

#include <thread>

#include "delivery.h"
#include "host_module.h"
#include "iis_api.h"
#include "json_line.h"
#include "module_lifetime.h"
#include "module_loader.h"
#include "process_sample.h"
#include "registration.h"
#include "report.h"
#include "server.h"
#include "text.h"
#include "thread_context.h"
#include "workers.h"

namespace jiis_host {

namespace {

// Loads the module and calls RegisterModule; sets module->globalModule when the module is to
// receive events.
void registerModule(HostModule* module, const Scenario& scenario, HostServer* server) {
  const PFN_REGISTERMODULE registerEntry = loadModule(module->path);
  if (registerEntry == nullptr) return;
  // Never destroyed: the module may keep and use the pointer until the process ends.
  module->registration = new HostRegistration(module->name);
  HRESULT result = E_FAIL;
  beginDelivery(-1, "RegisterModule", module->name.c_str());
  try {
    result = registerEntry(static_cast<DWORD>(scenario.serverVersion), module->registration,
                           server);
  } catch (...) {
    reportError("exception", "a C++ exception escaped RegisterModule; a module must not let "
                             "exceptions out of it");
  }
  endDelivery();
  module->registration->writeReport(result, scenario.serverVersion, module->path);
  if (FAILED(result)) {
    reportError("registration", "RegisterModule of " + module->name + " failed with " +
                                    hex32(result) +
                                    ", so the host fires no events at it and does not call "
                                    "its Terminate");
    return;
  }
  CGlobalModule* globalModule = module->registration->globalModule();
  if (globalModule == nullptr) {
    reportError("registration", "RegisterModule of " + module->name + " succeeded but never "
                                "called SetGlobalNotifications with a CGlobalModule, so no global "
                                "notification can reach the module");
    return;
  }
  watchModuleDeletion(globalModule);
  module->globalModule = globalModule;
  module->notifications = module->registration->globalNotifications();
}

// Returns whether Terminate returned. Tells `delivery`, if given, once Terminate has begun.
bool terminate(HostModule* module, EventDelivery* delivery) {
  bool returned = false;
  module->terminatePhase = TerminatePhase::kDuring;
  if (delivery != nullptr) delivery->terminateBegun();
  beginDelivery(-1, "Terminate", module->name.c_str());
  try {
    module->globalModule->Terminate();
    returned = true;
  } catch (...) {
    reportError("exception", "a C++ exception escaped Terminate; a module must not let "
                             "exceptions out of it");
  }
  endDelivery();
  module->terminatePhase = TerminatePhase::kAfter;
  JsonLine line("terminate");
  addThreadFields(&line);
  line.text("moduleName", module->name)
      .flag("returned", returned)
      .flag("deleted", moduleDeleted(module->globalModule));
  writeReportLine(line);
  return returned;
}

}  // namespace

RunOutcome runModules(const std::vector<std::string>& modulePaths, const Scenario& scenario) {
  RunOutcome outcome;
  outcome.modules = static_cast<long long>(modulePaths.size());
  // Never destroyed: modules may keep and use these pointers, from their own threads too, until
  // the process ends. IIS has one IHttpServer per worker process.
  HostServer* server = new HostServer(scenario.appPoolName, scenario.commandLineLaunch);
  std::vector<HostModule*> registered;
  for (const std::string& path : modulePaths) {
    HostModule* module = new HostModule();
    module->path = path;
    module->name = moduleName(path, scenario);
    registerModule(module, scenario, server);
    if (module->globalModule != nullptr) registered.push_back(module);
  }
  outcome.registeredModules = static_cast<long long>(registered.size());
  writeMemorySample("registered", 0);
  if (registered.empty()) {
    return outcome;
  }

  EventDelivery* delivery = new EventDelivery(registered, scenario);
  WorkerPlan plan;
  plan.workers = scenario.threads;
  plan.repeat = scenario.repeat;
  plan.turnover = scenario.threadTurnover;
  std::string error;
  bool workersStarted = true;
  // The workers are driven from their own thread, so that this one can call Terminate while they
  // are still firing.
  std::thread driver([&] {
    workersStarted = runWorkers(
        plan, [delivery](unsigned long from, unsigned long to) {
          delivery->fireRepetitions(from, to);
        },
        &outcome.workerThreads, &error);
    delivery->workersDone();
  });
  auto terminateAll = [&] {
    for (HostModule* module : registered) {
      if (terminate(module, module == registered[0] ? delivery : nullptr)) {
        outcome.terminatedModules++;
      }
    }
  };
  if (scenario.terminateAfterEvents) {
    delivery->waitUntilTerminateIsDue();
    terminateAll();
    driver.join();
    writeMemorySample("workers-done", delivery->fired());
    delivery->fireOnce(Section::kAfterWorkers);
  } else {
    driver.join();
    writeMemorySample("workers-done", delivery->fired());
    delivery->fireOnce(Section::kAfterWorkers);
    terminateAll();
  }
  if (!workersStarted) reportError("threads", error);
  delivery->fireOnce(Section::kAfterTerminate);
  writeMemorySample("end", delivery->fired());

  delivery->writeRecords();
  outcome.fired = delivery->fired();
  outcome.delivered = delivery->delivered();
  outcome.continued = delivery->continued();
  outcome.handled = delivery->handled();
  outcome.otherStatus = delivery->otherStatus();
  outcome.records = reportLineCount("record");
  outcome.unbalancedRecords = delivery->unbalancedRecords();
  return outcome;
}

}  // namespace jiis_host
