#include "host_run.h"

#include "delivery.h"
#include "iis_api.h"
#include "json_line.h"
#include "module_loader.h"
#include "registration.h"
#include "report.h"
#include "server.h"
#include "text.h"
#include "thread_context.h"
#include "workers.h"

namespace jiis_host {

namespace {

// Calls RegisterModule and reports it. Returns the module's CGlobalModule, or nullptr when the
// module is not to receive events.
CGlobalModule* registerModule(PFN_REGISTERMODULE registerEntry, const std::string& modulePath,
                              const Scenario& scenario, HostRegistration* registration,
                              HostServer* server) {
  HRESULT result = E_FAIL;
  beginDelivery(-1, "RegisterModule");
  try {
    result = registerEntry(static_cast<DWORD>(scenario.serverVersion), registration, server);
  } catch (...) {
    reportError("exception", "a C++ exception escaped RegisterModule; a module must not let "
                             "exceptions out of it");
  }
  endDelivery();
  registration->writeReport(result, scenario.serverVersion, modulePath);
  if (FAILED(result)) {
    reportError("registration", "RegisterModule failed with " + hex32(result) +
                                    ", so the host fires no events and does not call Terminate");
    return nullptr;
  }
  if (registration->globalModule() == nullptr) {
    reportError("registration", "RegisterModule succeeded but never called "
                                "SetGlobalNotifications with a CGlobalModule, so no global "
                                "notification can reach the module");
  }
  return registration->globalModule();
}

void terminate(CGlobalModule* module, RunOutcome* outcome) {
  beginDelivery(-1, "Terminate");
  try {
    module->Terminate();
    outcome->terminated = true;
  } catch (...) {
    reportError("exception", "a C++ exception escaped Terminate; a module must not let "
                             "exceptions out of it");
  }
  endDelivery();
  JsonLine line("terminate");
  addThreadFields(&line);
  line.flag("returned", outcome->terminated);
  writeReportLine(line);
}

}  // namespace

RunOutcome runModule(const std::string& modulePath, const Scenario& scenario) {
  RunOutcome outcome;
  const PFN_REGISTERMODULE registerEntry = loadModule(modulePath);
  if (registerEntry == nullptr) {
    return outcome;
  }
  // Never destroyed: the module may keep and use these pointers, from its own threads too,
  // until the process ends.
  HostRegistration* registration = new HostRegistration(scenario.moduleName);
  HostServer* server = new HostServer(scenario.appPoolName, scenario.commandLineLaunch);
  CGlobalModule* module = registerModule(registerEntry, modulePath, scenario, registration, server);
  if (module == nullptr) {
    return outcome;
  }
  outcome.registered = true;

  EventDelivery* delivery = new EventDelivery(module, registration->globalNotifications(), scenario);
  std::string error;
  if (!runOnWorkers(scenario.threads, kIisThreadStackBytes, [delivery] { delivery->fireAll(); },
                    &error)) {
    reportError("threads", error);
  }
  terminate(module, &outcome);

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
