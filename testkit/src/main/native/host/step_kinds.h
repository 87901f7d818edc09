// The scenario's event words, and the notification and CGlobalModule method each one fires.
#ifndef JIIS_HOST_STEP_KINDS_H
#define JIIS_HOST_STEP_KINDS_H

#include <string>

#include "iis_api.h"
#include "scenario.h"

namespace jiis_host {

struct StepKindInfo {
  StepKind kind;
  const char* word;        // the scenario line's first word
  DWORD notification;      // the GL_* bit; 0 for 'resume', which is no notification
  const char* method;      // the method called on the module (or its suspend callback)
};

const StepKindInfo& stepKindInfo(StepKind kind);
// The kind a scenario word names; nullptr if none does.
const StepKindInfo* stepKindByWord(const std::string& word);
// "cache-operation, cache-cleanup, stop-listening, ...", for error messages.
std::string stepWordList();

}  // namespace jiis_host

#endif
