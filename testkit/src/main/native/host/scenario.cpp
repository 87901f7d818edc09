#include "scenario.h"

#include <cerrno>
#include <cstdio>
#include <cstring>

#include "names.h"
#include "notification_fields.h"
#include "scenario_fields.h"
#include "sid.h"
#include "step_kinds.h"
#include "text.h"

namespace jiis_host {

namespace {

const unsigned long kMaxThreads = 256;
const unsigned long kMaxRepeat = 10000000;
// Event counts (terminate-after-events, memory-every) go up to threads x repeat x steps.
const unsigned long long kMaxCount = 1000000000000ULL;

std::vector<std::string> splitWhitespace(const std::string& line) {
  std::vector<std::string> tokens;
  size_t i = 0;
  while (i < line.size()) {
    while (i < line.size() && (line[i] == ' ' || line[i] == '\t' || line[i] == '\r')) i++;
    const size_t start = i;
    while (i < line.size() && line[i] != ' ' && line[i] != '\t' && line[i] != '\r') i++;
    if (i > start) tokens.push_back(line.substr(start, i - start));
  }
  return tokens;
}

bool parseEntryKind(const std::string& word, EntryKind* kind) {
  static const struct {
    const char* word;
    EntryKind kind;
  } kKinds[] = {{"token", EntryKind::kToken},
                {"file", EntryKind::kFile},
                {"uri", EntryKind::kUri},
                {"none", EntryKind::kNone}};
  for (const auto& entry : kKinds) {
    if (word == entry.word) {
      *kind = entry.kind;
      return true;
    }
  }
  return false;
}

bool readCommonFields(Fields* fields, Step* step) {
  return fields->presence("key", &step->providerHasKey) &&
         fields->presence("record", &step->providerHasRecord) &&
         fields->presence("record-key", &step->recordHasKey) &&
         fields->number("ttl", 0xFFFFFFFFULL, &step->ttl) &&
         fields->boolean("flushed", &step->flushed);
}

bool readTokenFields(Fields* fields, Step* step, const std::string& where, std::string* error) {
  TokenSpec& token = step->token;
  if (!fields->text("user", &token.userName) ||
      !fields->text("password-hash", &token.passwordHash) ||
      !fields->number("logon", 0xFFFFFFFFULL, &token.logonMethod) ||
      !fields->optionalText("sid", &token.sid) ||
      !fields->handle("impersonation", &token.impersonationToken) ||
      !fields->handle("primary", &token.primaryToken) || !readCommonFields(fields, step) ||
      !fields->finish("user, password-hash, logon, sid, impersonation, primary, key, record, "
                      "record-key, ttl, flushed")) {
    return false;
  }
  std::string sidError;
  if (token.sid && !sidFromString(*token.sid, &token.sidBytes, &sidError)) {
    *error = where + ": " + sidError;
    return false;
  }
  return true;
}

// "http-cache=none" (GetHttpCacheAllowed returns FALSE) or a number of seconds to live.
bool readHttpCache(Fields* fields, FileSpec* file) {
  std::optional<std::string> raw;
  if (!fields->optionalText("http-cache", &raw)) return false;
  if (raw && *raw == "none") {
    file->httpCacheSeconds.reset();
    return true;
  }
  if (!raw) return true;
  unsigned long long seconds;
  if (!parseUnsigned(*raw, 0xFFFFFFFFULL, &seconds)) {
    return fields->fail("field 'http-cache' must be none or a number of seconds, got '" + *raw +
                        "'");
  }
  file->httpCacheSeconds = static_cast<unsigned long>(seconds);
  return true;
}

bool readFileValues(Fields* fields, Step* step) {
  FileSpec& file = step->file;
  return fields->text("path", &file.path) &&
         fields->number("size", 0xFFFFFFFFFFFFFFFFULL, &file.size) &&
         fields->number("attributes", 0xFFFFFFFFULL, &file.attributes) &&
         fields->optionalText("etag", &file.etag) &&
         fields->number("last-modified", 0xFFFFFFFFFFFFFFFFULL, &file.lastModified) &&
         fields->optionalText("last-modified-string", &file.lastModifiedString) &&
         fields->optionalText("vr-path", &file.vrPath) &&
         fields->handle("vr-token", &file.vrToken) &&
         fields->handle("file-handle", &file.fileHandle) &&
         fields->optionalText("content", &file.content) && readHttpCache(fields, &file) &&
         readCommonFields(fields, step) &&
         fields->finish("path, size, attributes, etag, last-modified, last-modified-string, "
                        "http-cache, vr-path, vr-token, file-handle, content, key, record, "
                        "record-key, ttl, flushed");
}

bool readFileFields(Fields* fields, Step* step) {
  FileSpec& file = step->file;
  const bool sizeGiven = fields->has("size");
  if (!readFileValues(fields, step)) return false;
  if (file.content && !sizeGiven) file.size = file.content->size();
  return true;
}

bool readUriFields(Fields* fields, Step* step) {
  UriSpec& uri = step->uri;
  return fields->text("url", &uri.url) && fields->text("site", &uri.siteName) &&
         fields->number("site-id", 0xFFFFFFFFULL, &uri.siteId) &&
         fields->text("config-path", &uri.configPath) && readCommonFields(fields, step) &&
         fields->finish("url, site, site-id, config-path, key, record, record-key, ttl, flushed");
}

bool parseCacheOperation(const std::vector<std::string>& tokens, const std::string& where,
                         Step* step, std::string* error) {
  if (tokens.size() < 3) {
    *error = where + ": expected 'cache-operation <OPERATION> <token|file|uri|none> [name=value...]'";
    return false;
  }
  step->kind = StepKind::kCacheOperation;
  step->cacheOperation = cacheOperationFromName(tokens[1]);
  if (step->cacheOperation < 0) {
    *error = where + ": unknown cache operation '" + tokens[1] + "' (known: " +
             cacheOperationNameList() + ")";
    return false;
  }
  if (!parseEntryKind(tokens[2], &step->entry)) {
    *error = where + ": unknown entry kind '" + tokens[2] + "' (known: token, file, uri, none)";
    return false;
  }
  Fields fields(where, error);
  if (!fields.read(tokens, 3)) return false;
  switch (step->entry) {
    case EntryKind::kToken:
      return readTokenFields(&fields, step, where, error);
    case EntryKind::kFile:
      return readFileFields(&fields, step);
    case EntryKind::kUri:
      return readUriFields(&fields, step);
    case EntryKind::kNone:
      return fields.finish("nothing: a 'none' operation has neither key nor record");
  }
  return false;
}

const char* const kSettings[] = {"threads",
                                 "repeat",
                                 "server-version",
                                 "app-pool",
                                 "module-name",
                                 "command-line-launch",
                                 "terminate-after-events",
                                 "thread-turnover",
                                 "memory-every",
                                 "event-lines"};

bool isSetting(const std::string& word) {
  for (const char* setting : kSettings) {
    if (word == setting) return true;
  }
  return false;
}

bool parseSetting(const std::vector<std::string>& tokens, const std::string& where,
                  Scenario* scenario, std::string* error) {
  const std::string& word = tokens[0];
  if (tokens.size() != 2) {
    *error = where + ": '" + word + "' takes exactly one value";
    return false;
  }
  std::string value;
  if (!percentDecode(tokens[1], &value, error)) {
    *error = where + ": " + *error;
    return false;
  }
  if (word == "app-pool") {
    scenario->appPoolName = value;
    return true;
  }
  if (word == "module-name") {
    scenario->moduleName = value;
    return true;
  }
  if (word == "command-line-launch" || word == "event-lines") {
    const char* yes = word == "event-lines" ? "all" : "true";
    const char* no = word == "event-lines" ? "none" : "false";
    if (value != yes && value != no) {
      *error = where + ": '" + word + "' must be " + yes + " or " + no + ", got '" + value + "'";
      return false;
    }
    (word == "event-lines" ? scenario->eventLines : scenario->commandLineLaunch) = value == yes;
    return true;
  }
  const bool count = word == "terminate-after-events" || word == "memory-every";
  const unsigned long long min = word == "server-version" || count ? 0 : 1;
  const unsigned long long max = word == "threads"           ? kMaxThreads
                                 : word == "repeat"          ? kMaxRepeat
                                 : word == "thread-turnover" ? kMaxRepeat
                                 : count                     ? kMaxCount
                                                             : 0xFFFFFFFFULL;
  unsigned long long number;
  if (!parseUnsigned(value, max, &number) || number < min) {
    *error = where + ": '" + word + "' needs a number from " + std::to_string(min) + " to " +
             std::to_string(max) + ", got '" + value + "'";
    return false;
  }
  if (word == "terminate-after-events") {
    scenario->terminateAfterEvents = number;
  } else if (word == "memory-every") {
    scenario->memoryEvery = number;
  } else {
    unsigned long& target = word == "threads"           ? scenario->threads
                            : word == "repeat"          ? scenario->repeat
                            : word == "thread-turnover" ? scenario->threadTurnover
                                                        : scenario->serverVersion;
    target = static_cast<unsigned long>(number);
  }
  return true;
}

}  // namespace

bool parseScenarioLine(const std::string& line, const std::string& origin, Scenario* scenario,
                       std::string* error) {
  const std::vector<std::string> tokens = splitWhitespace(line);
  if (tokens.empty() || tokens[0][0] == '#') {
    return true;
  }
  const std::string& word = tokens[0];
  if (const StepKindInfo* kind = stepKindByWord(word)) {
    Step step;
    step.index = static_cast<int>(scenario->steps.size());
    step.origin = origin;
    step.line = line;
    step.section = scenario->section;
    step.kind = kind->kind;
    if (step.kind == StepKind::kCacheCleanup) {
      if (tokens.size() != 1) {
        *error = origin + ": 'cache-cleanup' takes no fields";
        return false;
      }
    } else if (step.kind == StepKind::kCacheOperation) {
      if (!parseCacheOperation(tokens, origin, &step, error)) return false;
    } else if (!parseNotificationFields(tokens, origin, &step, error)) {
      return false;
    }
    scenario->steps.push_back(step);
    return true;
  }
  if (word == "terminate" || word == "after-workers") {
    if (tokens.size() != 1) {
      *error = origin + ": '" + word + "' takes no fields";
      return false;
    }
    const Section next = word == "terminate" ? Section::kAfterTerminate : Section::kAfterWorkers;
    if (scenario->section == next) {
      *error = origin + ": '" + word + "' is written twice";
      return false;
    }
    if (scenario->section == Section::kAfterTerminate) {
      *error = origin + ": 'after-workers' comes after 'terminate'; the workers are done before "
               "Terminate, so write it first";
      return false;
    }
    scenario->section = next;
    return true;
  }
  if (isSetting(word)) {
    return parseSetting(tokens, origin, scenario, error);
  }
  std::string known = stepWordList() + ", after-workers, terminate";
  for (const char* setting : kSettings) known += std::string(", ") + setting;
  *error = origin + ": unknown line '" + word + "' (known: " + known + "; '#' starts a comment)";
  return false;
}

size_t Scenario::sectionBegin(Section section) const {
  size_t index = 0;
  while (index < steps.size() && steps[index].section < section) index++;
  return index;
}

size_t Scenario::sectionEnd(Section section) const {
  size_t index = sectionBegin(section);
  while (index < steps.size() && steps[index].section == section) index++;
  return index;
}

bool parseScenarioFile(const char* path, Scenario* scenario, std::string* error) {
  FILE* file = std::fopen(path, "r");
  if (file == nullptr) {
    *error = std::string("cannot read scenario file '") + path + "': " + std::strerror(errno);
    return false;
  }
  std::string line;
  int number = 0;
  bool ok = true;
  for (int c = std::fgetc(file); ok; c = std::fgetc(file)) {
    if (c != '\n' && c != EOF) {
      line.push_back(static_cast<char>(c));
      continue;
    }
    number++;
    ok = parseScenarioLine(line, std::string(path) + ":" + std::to_string(number), scenario, error);
    line.clear();
    if (c == EOF) break;
  }
  std::fclose(file);
  return ok;
}

}  // namespace jiis_host
