// jiis-host: runs an IIS global module on Linux as IIS would, and reports what it did.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "host_hooks.h"
#include "host_module.h"
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

bool readScenario(const Options& options, Scenario* scenario, std::string* error) {
  if (!options.scenarioFile.empty() &&
      !parseScenarioFile(options.scenarioFile.c_str(), scenario, error)) {
    return false;
  }
  for (const auto& line : options.lines) {
    if (!parseScenarioLine(line.first, line.second, scenario, error)) return false;
  }
  if (!scenario->moduleName.empty() && options.modulePaths.size() > 1) {
    *error = "'module-name' names one module, but " + std::to_string(options.modulePaths.size()) +
             " were given; with several modules each is named after its file";
    return false;
  }
  return true;
}

void writeStart(const Options& options, const Scenario& scenario) {
  std::vector<std::string> names;
  for (const std::string& path : options.modulePaths) names.push_back(moduleName(path, scenario));
  JsonLine start("start");
  start.text("module", options.modulePaths[0])
      .text("moduleName", names[0])
      .texts("modules", options.modulePaths)
      .texts("moduleNames", names)
      .number("serverVersion", scenario.serverVersion)
      .number("threads", scenario.threads)
      .number("repeat", scenario.repeat)
      .number("steps", static_cast<long long>(scenario.steps.size()))
      .number("threadStackBytes", static_cast<long long>(kIisThreadStackBytes))
      .text("appPoolName", scenario.appPoolName)
      .flag("commandLineLaunch", scenario.commandLineLaunch)
      .number("threadTurnover", scenario.threadTurnover)
      .flag("eventLines", scenario.eventLines);
  if (scenario.terminateAfterEvents) {
    start.number("terminateAfterEvents", static_cast<long long>(*scenario.terminateAfterEvents));
  }
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
  summary.flag("registered", outcome.modules > 0 && outcome.registeredModules == outcome.modules)
      .flag("terminated",
            outcome.registeredModules > 0 && outcome.terminatedModules == outcome.registeredModules)
      .number("modules", outcome.modules)
      .number("registeredModules", outcome.registeredModules)
      .number("terminatedModules", outcome.terminatedModules)
      .number("workerThreads", outcome.workerThreads)
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
                   [&] { outcome = runModules(options.modulePaths, scenario); }, &error)) {
    reportError("threads", error);
  }
  const int exitCode = finish(outcome, false);
  // The module's JVM may still have threads running: end the process without running static
  // destructors under them, as a worker process ends.
  std::fflush(nullptr);
  _exit(exitCode);
}
