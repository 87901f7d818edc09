#include "step_kinds.h"

namespace jiis_host {

namespace {

const StepKindInfo kKinds[] = {
    {StepKind::kCacheOperation, "cache-operation", GL_CACHE_OPERATION, "OnGlobalCacheOperation"},
    {StepKind::kCacheCleanup, "cache-cleanup", GL_CACHE_CLEANUP, "OnGlobalCacheCleanup"},
    {StepKind::kStopListening, "stop-listening", GL_STOP_LISTENING, "OnGlobalStopListening"},
    {StepKind::kHealthCheck, "health-check", GL_HEALTH_CHECK, "OnGlobalHealthCheck"},
    {StepKind::kConfigurationChange, "configuration-change", GL_CONFIGURATION_CHANGE,
     "OnGlobalConfigurationChange"},
    {StepKind::kFileChange, "file-change", GL_FILE_CHANGE, "OnGlobalFileChange"},
    {StepKind::kPreBeginRequest, "pre-begin-request", GL_PRE_BEGIN_REQUEST,
     "OnGlobalPreBeginRequest"},
    {StepKind::kApplicationStart, "application-start", GL_APPLICATION_START,
     "OnGlobalApplicationStart"},
    {StepKind::kApplicationResolveModules, "application-resolve-modules",
     GL_APPLICATION_RESOLVE_MODULES, "OnGlobalApplicationResolveModules"},
    {StepKind::kApplicationStop, "application-stop", GL_APPLICATION_STOP,
     "OnGlobalApplicationStop"},
    {StepKind::kRscaQuery, "rsca-query", GL_RSCA_QUERY, "OnGlobalRSCAQuery"},
    {StepKind::kTraceEvent, "trace-event", GL_TRACE_EVENT, "OnGlobalTraceEvent"},
    {StepKind::kCustomNotification, "custom-notification", GL_CUSTOM_NOTIFICATION,
     "OnGlobalCustomNotification"},
    {StepKind::kThreadCleanup, "thread-cleanup", GL_THREAD_CLEANUP, "OnGlobalThreadCleanup"},
    {StepKind::kApplicationPreload, "application-preload", GL_APPLICATION_PRELOAD,
     "OnGlobalApplicationPreload"},
    {StepKind::kSuspendProcess, "suspend-process", GL_SUSPEND_PROCESS, "OnSuspendProcess"},
    {StepKind::kResume, "resume", 0, "Resume"},
};

}  // namespace

const StepKindInfo& stepKindInfo(StepKind kind) {
  for (const StepKindInfo& info : kKinds) {
    if (info.kind == kind) return info;
  }
  return kKinds[0];  // unreachable: every StepKind is in the table
}

const StepKindInfo* stepKindByWord(const std::string& word) {
  for (const StepKindInfo& info : kKinds) {
    if (word == info.word) return &info;
  }
  return nullptr;
}

std::string stepWordList() {
  std::string list;
  for (const StepKindInfo& info : kKinds) {
    if (!list.empty()) list += ", ";
    list += info.word;
  }
  return list;
}

}  // namespace jiis_host
