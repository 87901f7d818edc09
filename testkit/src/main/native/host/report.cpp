#include "report.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <map>
#include <mutex>

#include "thread_context.h"

namespace jiis_host {

namespace {

struct ReportState {
  std::mutex mutex;
  FILE* out = nullptr;
  bool closed = false;
  std::map<std::string, long long> counts;
  timespec opened = {0, 0};
};

// Never destroyed: threads of the module's JVM may still log while the process exits.
ReportState& state() {
  static ReportState* instance = new ReportState();
  return *instance;
}

}  // namespace

bool openReport(const char* path, std::string* error) {
  ReportState& report = state();
  clock_gettime(CLOCK_MONOTONIC, &report.opened);
  if (path != nullptr) {
    report.out = std::fopen(path, "w");
    if (report.out == nullptr) {
      *error = std::string("cannot write the report file '") + path + "': " + std::strerror(errno);
      return false;
    }
    return true;
  }
  std::fflush(stdout);
  const int reportFd = fcntl(STDOUT_FILENO, F_DUPFD_CLOEXEC, 3);
  if (reportFd < 0 || dup2(STDERR_FILENO, STDOUT_FILENO) < 0) {
    *error = std::string("cannot set up the report on standard output: ") + std::strerror(errno);
    return false;
  }
  report.out = fdopen(reportFd, "w");
  if (report.out == nullptr) {
    *error = std::string("cannot open standard output for the report: ") + std::strerror(errno);
    return false;
  }
  return true;
}

void writeReportLine(const JsonLine& line) {
  ReportState& report = state();
  const std::string text = line.str();
  std::lock_guard<std::mutex> lock(report.mutex);
  if (report.closed || report.out == nullptr) {
    std::fprintf(stderr, "jiis-host: after the report ended: %s\n", text.c_str());
    return;
  }
  report.counts[line.type()]++;
  std::fputs(text.c_str(), report.out);
  std::fputc('\n', report.out);
  std::fflush(report.out);
}

void reportError(const char* kind, const std::string& message) {
  JsonLine line("error");
  line.text("kind", kind);
  addThreadFields(&line);
  line.text("message", message);
  writeReportLine(line);
}

long long elapsedMillis() {
  timespec now;
  clock_gettime(CLOCK_MONOTONIC, &now);
  const timespec& opened = state().opened;
  return (now.tv_sec - opened.tv_sec) * 1000LL + (now.tv_nsec - opened.tv_nsec) / 1000000;
}

long long reportLineCount(const char* type) {
  ReportState& report = state();
  std::lock_guard<std::mutex> lock(report.mutex);
  const auto found = report.counts.find(type);
  return found == report.counts.end() ? 0 : found->second;
}

void closeReport(const JsonLine& summary) {
  writeReportLine(summary);
  ReportState& report = state();
  std::lock_guard<std::mutex> lock(report.mutex);
  report.closed = true;
  if (report.out != nullptr) {
    std::fclose(report.out);
    report.out = nullptr;
  }
}

}  // namespace jiis_host
