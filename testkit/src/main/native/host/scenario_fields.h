// The name=value fields of a scenario event line, read once and checked for leftovers.
#ifndef JIIS_HOST_SCENARIO_FIELDS_H
#define JIIS_HOST_SCENARIO_FIELDS_H

#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "scenario.h"
#include "text.h"

namespace jiis_host {

// A decimal or 0x-hexadecimal number no larger than max.
bool parseUnsigned(const std::string& text, unsigned long long max, unsigned long long* value);

// The name=value fields after an event's fixed words. Each field may be given once; every field
// must be used by the event kind, so a misspelt field is an error, not a silent default.
class Fields {
 public:
  Fields(const std::string& where, std::string* error) : where_(where), error_(error) {}

  bool read(const std::vector<std::string>& tokens, size_t first) {
    for (size_t i = first; i < tokens.size(); i++) {
      const size_t equals = tokens[i].find('=');
      if (equals == std::string::npos || equals == 0) {
        return fail("expected name=value, got '" + tokens[i] + "'");
      }
      const std::string name = tokens[i].substr(0, equals);
      std::string value, decodeError;
      if (!percentDecode(tokens[i].substr(equals + 1), &value, &decodeError)) {
        return fail(decodeError);
      }
      raw_[name] = tokens[i].substr(equals + 1);
      if (!values_.emplace(name, value).second) {
        return fail("field '" + name + "' is given twice");
      }
      if (tokens[i].compare(equals + 1, std::string::npos, "null") == 0) {
        nulls_.insert(name);
      }
    }
    return true;
  }

  bool text(const char* name, std::string* value) {
    const auto found = values_.find(name);
    if (found == values_.end()) return true;
    *value = found->second;
    values_.erase(found);
    return true;
  }

  // The value as written, before %XX decoding (for a value with its own separators, whose
  // parts are decoded one by one).
  bool rawText(const char* name, std::string* value) {
    const auto found = raw_.find(name);
    if (found == raw_.end()) return true;
    *value = found->second;
    values_.erase(name);
    return true;
  }

  // "null" as written means absent (the getter returns NULL); anything else, "%6Eull" included,
  // is the value.
  bool optionalText(const char* name, std::optional<std::string>* value) {
    std::string raw;
    if (!has(name)) return true;
    text(name, &raw);
    if (nulls_.count(name) != 0) {
      value->reset();
    } else {
      *value = raw;
    }
    return true;
  }

  template <typename Number>
  bool number(const char* name, unsigned long long max, Number* value) {
    std::string raw;
    if (!has(name)) return true;
    text(name, &raw);
    unsigned long long parsed;
    if (!parseUnsigned(raw, max, &parsed)) {
      return fail(std::string("field '") + name + "' must be an unsigned number up to " +
                  std::to_string(max) + " (decimal or 0x hex), got '" + raw + "'");
    }
    *value = static_cast<Number>(parsed);
    return true;
  }

  bool handle(const char* name, HandleKind* value) {
    std::string raw;
    if (!has(name)) return true;
    text(name, &raw);
    if (raw == "valid") {
      *value = HandleKind::kValid;
    } else if (raw == "null") {
      *value = HandleKind::kNull;
    } else if (raw == "invalid") {
      *value = HandleKind::kInvalid;
    } else {
      return fail(std::string("field '") + name + "' must be valid, null or invalid, got '" + raw +
                  "'");
    }
    return true;
  }

  // "present" or "null".
  bool presence(const char* name, bool* present) {
    std::string raw;
    if (!has(name)) return true;
    text(name, &raw);
    if (raw != "present" && raw != "null") {
      return fail(std::string("field '") + name + "' must be present or null, got '" + raw + "'");
    }
    *present = raw == "present";
    return true;
  }

  bool boolean(const char* name, bool* value) {
    std::string raw;
    if (!has(name)) return true;
    text(name, &raw);
    if (raw != "true" && raw != "false") {
      return fail(std::string("field '") + name + "' must be true or false, got '" + raw + "'");
    }
    *value = raw == "true";
    return true;
  }

  // Fails on any field nobody asked for, listing the known ones.
  bool finish(const char* known) {
    if (values_.empty()) return true;
    return fail("unknown field '" + values_.begin()->first + "' (known here: " + known + ")");
  }

  bool has(const char* name) const { return values_.count(name) != 0; }

  bool fail(const std::string& message) {
    *error_ = where_ + ": " + message;
    return false;
  }

 private:
  std::string where_;
  std::string* error_;
  std::map<std::string, std::string> values_;
  std::map<std::string, std::string> raw_;
  std::set<std::string> nulls_;  // fields written as the bare word null
};

}  // namespace jiis_host

#endif
