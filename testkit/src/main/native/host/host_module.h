// One module of a run: its library, what it registered, and how far its Terminate has got.
#ifndef JIIS_HOST_HOST_MODULE_H
#define JIIS_HOST_HOST_MODULE_H

#include <atomic>
#include <cstddef>
#include <string>

#include "iis_api.h"
#include "scenario.h"

namespace jiis_host {

// How many modules one run loads at most.
const size_t kMaxModules = 8;

// Where a module's Terminate is, as seen by a thread about to deliver an event to it.
enum class TerminatePhase { kBefore, kDuring, kAfter };

class HostRegistration;

struct HostModule {
  std::string path;  // as given on the command line
  std::string name;  // what IHttpModuleRegistrationInfo::GetName returns
  HostRegistration* registration = nullptr;
  // The CGlobalModule of a successful registration; nullptr: the module gets no events.
  CGlobalModule* globalModule = nullptr;
  DWORD notifications = 0;
  std::atomic<TerminatePhase> terminatePhase{TerminatePhase::kBefore};
  // What the module stored in its last OnSuspendProcess; a 'resume' line calls its Resume.
  std::atomic<IGlobalSuspendProcessCallback*> suspendCallback{nullptr};
};

// The name a module is registered under: the scenario's module-name, else the file's name
// without directory and extension.
std::string moduleName(const std::string& path, const Scenario& scenario);

}  // namespace jiis_host

#endif
