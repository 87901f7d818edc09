// jiis-host: runs an IIS global module on Linux as IIS would, and reports what it did.
#include <unistd.h>

#include <cstdio>
#include <string>

#include "host_hooks.h"
#include "host_run.h"
#include "json_line.h"
#include "options.h"
#include "report.h"
#include "scenario.h"
#include "thread_context.h"
#include "workers.h"

namespace {

using namespace jiis_host;

const int kExitClean = 0;
const int kExitErrors = 1;
const int kExitUsage = 2;

std::string moduleFileStem(const std::string& path) {
  const size_t slash = path.rfind('/');
  std::string name = slash == std::string::npos ? path : path.substr(slash + 1);
  const size_t dot = name.find('.');
  return dot == std::string::npos || dot == 0 ? name : name.substr(0, dot);
}

bool readScenario(const Options& options, Scenario* scenario, std::string* error) {
  if (!options.scenarioFile.empty() &&
      !parseScenarioFile(options.scenarioFile.c_str(), scenario, error)) {
    return false;
  }
  for (const auto& line : options.lines) {
    if (!parseScenarioLine(line.first, line.second, scenario, error)) return false;
  }
  if (scenario->moduleName.empty()) {
    scenario->moduleName = moduleFileStem(options.modulePath);
  }
  return true;
}

void writeStart(const Options& options, const Scenario& scenario) {
  JsonLine start("start");
  start.text("module", options.modulePath)
      .text("moduleName", scenario.moduleName)
      .number("serverVersion", scenario.serverVersion)
      .number("threads", scenario.threads)
      .number("repeat", scenario.repeat)
      .number("steps", static_cast<long long>(scenario.steps.size()))
      .number("threadStackBytes", static_cast<long long>(kIisThreadStackBytes))
      .text("appPoolName", scenario.appPoolName)
      .flag("commandLineLaunch", scenario.commandLineLaunch);
  writeReportLine(start);
  for (const Step& step : scenario.steps) {
    JsonLine line("step");
    line.number("step", step.index).text("origin", step.origin).text("line", step.line);
    writeReportLine(line);
  }
}

// The last line; returns the exit status it states.
int finish(const RunOutcome& outcome, bool usageError) {
  const long long errors = reportLineCount("error");
  const int exitCode = usageError ? kExitUsage : errors > 0 ? kExitErrors : kExitClean;
  JsonLine summary("summary");
  summary.flag("registered", outcome.registered)
      .flag("terminated", outcome.terminated)
      .number("fired", outcome.fired)
      .number("delivered", outcome.delivered)
      .number("continued", outcome.continued)
      .number("handled", outcome.handled)
      .number("otherStatus", outcome.otherStatus)
      .number("logEntries", reportLineCount("log"))
      .number("serverCalls", reportLineCount("server-call"))
      .number("records", outcome.records)
      .number("unbalancedRecords", outcome.unbalancedRecords)
      .number("debugBreaks", debugBreakCount())
      .number("errors", errors)
      .number("exitCode", exitCode);
  closeReport(summary);
  return exitCode;
}

}  // namespace

int main(int argc, char** argv) {
  setThreadName("main");
  Options options;
  std::string error;
  if (!parseOptions(argc, argv, &options, &error)) {
    std::fprintf(stderr, "jiis-host: %s\n\n%s", error.c_str(), kUsage);
    return kExitUsage;
  }
  if (options.help) {
    std::fputs(kUsage, stdout);
    return kExitClean;
  }
  if (!openReport(options.reportFile.empty() ? nullptr : options.reportFile.c_str(), &error)) {
    std::fprintf(stderr, "jiis-host: %s\n", error.c_str());
    return kExitUsage;
  }
  Scenario scenario;
  if (!readScenario(options, &scenario, &error) || !installDebugBreakHandler(&error)) {
    std::fprintf(stderr, "jiis-host: %s\n", error.c_str());
    reportError("scenario", error);
    return finish(RunOutcome(), true);
  }
  writeStart(options, scenario);
  // IIS calls a module on its own threads, never on a process's initial thread (where a JVM
  // should not be started either): one IIS-sized thread registers, drives and terminates it.
  RunOutcome outcome;
  if (!runOnThread("main", kIisThreadStackBytes,
                   [&] { outcome = runModule(options.modulePath, scenario); }, &error)) {
    reportError("threads", error);
  }
  const int exitCode = finish(outcome, false);
  // The module's JVM may still have threads running: end the process without running static
  // destructors under them, as a worker process ends.
  std::fflush(nullptr);
  _exit(exitCode);
}
