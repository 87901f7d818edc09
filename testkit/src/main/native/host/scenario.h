// The scenario: the host settings and the ordered events to fire, parsed from the line format
// documented in README.md ("Scenario format").
#ifndef JIIS_HOST_SCENARIO_H
#define JIIS_HOST_SCENARIO_H

#include <optional>
#include <string>
#include <vector>

#include "notification_spec.h"

namespace jiis_host {

// What a scenario event line fires: one of the sixteen notifications, or (kResume) a call to the
// IGlobalSuspendProcessCallback a module handed out in OnSuspendProcess.
enum class StepKind {
  kCacheOperation,
  kCacheCleanup,
  kStopListening,
  kHealthCheck,
  kConfigurationChange,
  kFileChange,
  kPreBeginRequest,
  kApplicationStart,
  kApplicationResolveModules,
  kApplicationStop,
  kRscaQuery,
  kTraceEvent,
  kCustomNotification,
  kThreadCleanup,
  kApplicationPreload,
  kSuspendProcess,
  kResume,
};

// Who fires a step, and when: the part of the scenario it was written in.
enum class Section {
  kWorkers,         // every worker, `repeat` times
  kAfterWorkers,    // after 'after-workers': once, on main, after the workers, before Terminate
  kAfterTerminate,  // after 'terminate': once, on main, after Terminate
};

// What a cache operation carries: a token, file or URI entry (key and record), or nothing.
enum class EntryKind { kToken, kFile, kUri, kNone };

// A HANDLE a record hands out: a usable handle, NULL, or INVALID_HANDLE_VALUE.
enum class HandleKind { kValid, kNull, kInvalid };

struct TokenSpec {
  std::string userName = "IUSR";
  std::string passwordHash;
  unsigned long logonMethod = 3;
  std::optional<std::string> sid = std::string("S-1-5-21-1000-2000-3000-1001");
  std::vector<unsigned char> sidBytes;
  HandleKind impersonationToken = HandleKind::kValid;
  HandleKind primaryToken = HandleKind::kValid;
};

struct FileSpec {
  std::string path = "C:\\inetpub\\wwwroot\\index.htm";
  unsigned long long size = 0;
  unsigned long attributes = 0x80;
  std::optional<std::string> etag;
  unsigned long long lastModified = 0;  // a FILETIME: 100 ns intervals since 1601-01-01 UTC
  std::optional<std::string> lastModifiedString;
  std::optional<unsigned long> httpCacheSeconds;  // empty: GetHttpCacheAllowed returns FALSE
  std::optional<std::string> vrPath;
  HandleKind vrToken = HandleKind::kNull;
  HandleKind fileHandle = HandleKind::kValid;
  std::optional<std::string> content;  // GetFileBuffer; empty: NULL
};

struct UriSpec {
  std::string url = "/";
  std::string siteName = "Default Web Site";
  unsigned long siteId = 1;
  std::string configPath = "MACHINE/WEBROOT/APPHOST/Default Web Site";
};

struct Step {
  StepKind kind = StepKind::kCacheCleanup;
  int index = 0;           // position among the scenario's events, from 0
  std::string origin;      // where the line came from, e.g. "audit.scenario:4" or "-e 2"
  std::string line;        // the line as written
  int cacheOperation = 0;  // a CACHE_OPERATION value
  EntryKind entry = EntryKind::kNone;
  bool providerHasKey = true;     // ICacheProvider::GetCacheKey returns the key (else NULL)
  bool providerHasRecord = true;  // ICacheProvider::GetCacheRecord returns the record (else NULL)
  bool recordHasKey = true;       // IHttpCacheSpecificData::GetCacheKey returns the key (else NULL)
  unsigned long ttl = 1;          // DecrementTTL calls before the record expires
  bool flushed = false;
  Section section = Section::kWorkers;
  TokenSpec token;
  FileSpec file;
  UriSpec uri;
  NotificationSpec notification;  // the other notifications' providers
};

struct Scenario {
  unsigned long threads = 1;
  unsigned long repeat = 1;
  unsigned long serverVersion = 10;
  std::string appPoolName = "DefaultAppPool";
  std::string moduleName;  // empty: the module file's name without directory and extension
  bool commandLineLaunch = true;
  // Terminate is called once this many events have been fired, while the workers go on firing;
  // empty: after the workers are done.
  std::optional<unsigned long long> terminateAfterEvents;
  // Repetitions each worker thread fires before it ends and a new thread takes over; 0: one
  // thread per worker for the whole run.
  unsigned long threadTurnover = 0;
  // A "memory" line every this many fired events; 0: only at the fixed points.
  unsigned long long memoryEvery = 0;
  // Whether each event gets an "event" line (a long run may want only the summary's counts).
  bool eventLines = true;
  Section section = Section::kWorkers;  // where the next event line goes
  std::vector<Step> steps;  // in section order: the workers', then after-workers, after-terminate

  // The indexes [from, to) of a section's steps.
  size_t sectionBegin(Section section) const;
  size_t sectionEnd(Section section) const;
};

// Adds one line to *scenario. origin names the line in error messages. Returns false with a
// message that names the line and the fix.
bool parseScenarioLine(const std::string& line, const std::string& origin, Scenario* scenario,
                       std::string* error);

// Reads a scenario file line by line.
bool parseScenarioFile(const char* path, Scenario* scenario, std::string* error);

}  // namespace jiis_host

#endif
