// The report: JSON lines written as they happen, from any thread (host workers, the main thread,
// and threads the module or its JVM created). README.md documents every line type.
#ifndef JIIS_HOST_REPORT_H
#define JIIS_HOST_REPORT_H

#include <string>

#include "json_line.h"

namespace jiis_host {

// Opens the report at path, or on standard output when path is nullptr. In the latter case the
// process's standard output is then redirected to standard error, so that whatever the module or
// its JVM prints cannot interleave with report lines.
bool openReport(const char* path, std::string* error);

// Writes one line (thread-safe; each line is flushed whole). Lines written after closeReport go
// to standard error, marked as late, instead of the report.
void writeReportLine(const JsonLine& line);

// Writes an "error" line of this kind, with the calling thread's fields.
void reportError(const char* kind, const std::string& message);

// Milliseconds since the report was opened (a monotonic clock).
long long elapsedMillis();

// How many lines of a type have been written ("log", "server-call", "error", ...).
long long reportLineCount(const char* type);

// Writes the summary (the last line) and closes the report.
void closeReport(const JsonLine& summary);

}  // namespace jiis_host

#endif
