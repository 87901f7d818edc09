// Builds one line of the JSON-lines report: a flat object whose first field is "type".
#ifndef JIIS_HOST_JSON_LINE_H
#define JIIS_HOST_JSON_LINE_H

#include <string>
#include <vector>

namespace jiis_host {

class JsonLine {
 public:
  explicit JsonLine(const char* type);

  JsonLine& text(const char* name, const std::string& value);
  // A string field, or JSON null when value is nullptr.
  JsonLine& textOrNull(const char* name, const char* value);
  JsonLine& number(const char* name, long long value);
  JsonLine& flag(const char* name, bool value);
  JsonLine& null(const char* name);
  JsonLine& texts(const char* name, const std::vector<std::string>& values);
  // A value that is already JSON (an object or array built by the caller).
  JsonLine& json(const char* name, const std::string& value);

  // The finished line, without a newline.
  std::string str() const { return body_ + "}"; }
  const std::string& type() const { return type_; }

 private:
  JsonLine& name(const char* name);

  std::string type_;
  std::string body_;
};

// A JSON array of strings.
std::string jsonTexts(const std::vector<std::string>& values);

// A JSON array of values that are already JSON.
std::string jsonArray(const std::vector<std::string>& jsonValues);

// Builds a JSON object for a field of a JsonLine (used for nested "arguments").
class JsonObject {
 public:
  JsonObject& text(const char* name, const std::string& value);
  JsonObject& textOrNull(const char* name, const char* value);
  JsonObject& number(const char* name, long long value);
  JsonObject& flag(const char* name, bool value);
  JsonObject& texts(const char* name, const std::vector<std::string>& values);
  std::string str() const { return "{" + body_ + "}"; }

 private:
  JsonObject& name(const char* name);

  std::string body_;
};

}  // namespace jiis_host

#endif
