#include "json_line.h"

#include "text.h"

namespace jiis_host {

JsonLine::JsonLine(const char* type) : type_(type), body_("{\"type\":" + jsonQuote(type)) {}

JsonLine& JsonLine::name(const char* name) {
  body_ += "," + jsonQuote(name) + ":";
  return *this;
}

JsonLine& JsonLine::text(const char* name, const std::string& value) {
  this->name(name).body_ += jsonQuote(value);
  return *this;
}

JsonLine& JsonLine::textOrNull(const char* name, const char* value) {
  return value == nullptr ? null(name) : text(name, value);
}

JsonLine& JsonLine::number(const char* name, long long value) {
  this->name(name).body_ += std::to_string(value);
  return *this;
}

JsonLine& JsonLine::flag(const char* name, bool value) {
  this->name(name).body_ += value ? "true" : "false";
  return *this;
}

JsonLine& JsonLine::null(const char* name) {
  this->name(name).body_ += "null";
  return *this;
}

std::string jsonTexts(const std::vector<std::string>& values) {
  std::vector<std::string> quoted;
  for (const std::string& value : values) quoted.push_back(jsonQuote(value));
  return jsonArray(quoted);
}

std::string jsonArray(const std::vector<std::string>& jsonValues) {
  std::string array = "[";
  for (size_t i = 0; i < jsonValues.size(); i++) {
    array += (i == 0 ? "" : ",") + jsonValues[i];
  }
  return array + "]";
}

JsonLine& JsonLine::texts(const char* name, const std::vector<std::string>& values) {
  return json(name, jsonTexts(values));
}

JsonLine& JsonLine::json(const char* name, const std::string& value) {
  this->name(name).body_ += value;
  return *this;
}

JsonObject& JsonObject::name(const char* name) {
  body_ += (body_.empty() ? "" : ",") + jsonQuote(name) + ":";
  return *this;
}

JsonObject& JsonObject::text(const char* name, const std::string& value) {
  this->name(name).body_ += jsonQuote(value);
  return *this;
}

JsonObject& JsonObject::textOrNull(const char* name, const char* value) {
  if (value == nullptr) {
    this->name(name).body_ += "null";
    return *this;
  }
  return text(name, value);
}

JsonObject& JsonObject::number(const char* name, long long value) {
  this->name(name).body_ += std::to_string(value);
  return *this;
}

JsonObject& JsonObject::flag(const char* name, bool value) {
  this->name(name).body_ += value ? "true" : "false";
  return *this;
}

}  // namespace jiis_host

namespace jiis_host {

JsonObject& JsonObject::texts(const char* name, const std::vector<std::string>& values) {
  this->name(name).body_ += jsonTexts(values);
  return *this;
}

}  // namespace jiis_host
