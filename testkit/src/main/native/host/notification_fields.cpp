#include "notification_fields.h"

#include <cstdio>
#include <cstring>

#include "scenario_fields.h"
#include "text.h"

namespace jiis_host {

namespace {

bool readApplication(Fields* fields, ApplicationSpec* application) {
  return fields->presence("application", &application->present) &&
         fields->text("physical-path", &application->physicalPath) &&
         fields->text("app-id", &application->applicationId) &&
         fields->text("config-path", &application->configPath) &&
         fields->finish("application, physical-path, app-id, config-path");
}

bool readOptionalGuid(Fields* fields, const char* name, std::optional<GUID>* guid) {
  std::optional<std::string> raw;
  if (!fields->has(name)) return true;
  fields->optionalText(name, &raw);
  if (!raw) {
    guid->reset();
    return true;
  }
  GUID parsed;
  if (!parseGuid(*raw, &parsed)) {
    return fields->fail(std::string("field '") + name +
                        "' must be a GUID like {6A11500D-0001-4000-8000-000000000001} or null, "
                        "got '" + *raw + "'");
  }
  *guid = parsed;
  return true;
}

const struct {
  const char* name;
  HTTP_TRACE_TYPE type;
  size_t bytes;  // 0: a string or GUID, not a number
  bool isSigned;
} kTraceTypes[] = {
    {"BYTE", HTTP_TRACE_TYPE_BYTE, 1, false},
    {"USHORT", HTTP_TRACE_TYPE_USHORT, 2, false},
    {"ULONG", HTTP_TRACE_TYPE_ULONG, 4, false},
    {"ULONGLONG", HTTP_TRACE_TYPE_ULONGLONG, 8, false},
    {"CHAR", HTTP_TRACE_TYPE_CHAR, 1, true},
    {"SHORT", HTTP_TRACE_TYPE_SHORT, 2, true},
    {"LONG", HTTP_TRACE_TYPE_LONG, 4, true},
    {"LONGLONG", HTTP_TRACE_TYPE_LONGLONG, 8, true},
    {"BOOL", HTTP_TRACE_TYPE_BOOL, 4, false},
    {"LPCWSTR", HTTP_TRACE_TYPE_LPCWSTR, 0, false},
    {"LPCSTR", HTTP_TRACE_TYPE_LPCSTR, 0, false},
    {"LPCGUID", HTTP_TRACE_TYPE_LPCGUID, 0, false},
};

void appendLittleEndian(unsigned long long value, size_t bytes, std::vector<unsigned char>* out) {
  for (size_t i = 0; i < bytes; i++) out->push_back(static_cast<unsigned char>(value >> (8 * i)));
}

void appendBytes(const void* data, size_t size, std::vector<unsigned char>* out) {
  const unsigned char* bytes = static_cast<const unsigned char*>(data);
  out->insert(out->end(), bytes, bytes + size);
}

// The bytes pbData points to for a value of this type: numbers little-endian in their size, BOOL
// as 4 bytes (true/false or a number), strings NUL-terminated (LPCWSTR in the platform's
// wchar_t), a GUID as its 16-byte struct.
bool encodeTraceValue(const char* typeName, size_t bytes, bool isSigned, HTTP_TRACE_TYPE type,
                      const std::string& value, std::vector<unsigned char>* data,
                      std::string* problem) {
  if (type == HTTP_TRACE_TYPE_LPCWSTR) {
    const std::wstring wide = wideFromUtf8(value);
    appendBytes(wide.c_str(), (wide.size() + 1) * sizeof(wchar_t), data);
    return true;
  }
  if (type == HTTP_TRACE_TYPE_LPCSTR) {
    appendBytes(value.c_str(), value.size() + 1, data);
    return true;
  }
  if (type == HTTP_TRACE_TYPE_LPCGUID) {
    GUID guid;
    if (!parseGuid(value, &guid)) {
      *problem = "an LPCGUID value must be a GUID, got '" + value + "'";
      return false;
    }
    appendBytes(&guid, sizeof guid, data);
    return true;
  }
  if (type == HTTP_TRACE_TYPE_BOOL && (value == "true" || value == "false")) {
    appendLittleEndian(value == "true" ? 1 : 0, bytes, data);
    return true;
  }
  const bool negative = isSigned && !value.empty() && value[0] == '-';
  const unsigned long long max =
      bytes == 8 ? 0xFFFFFFFFFFFFFFFFULL : (1ULL << (8 * bytes - (isSigned ? 1 : 0))) - 1;
  unsigned long long magnitude;
  if (!parseUnsigned(negative ? value.substr(1) : value, max + (negative ? 1 : 0), &magnitude)) {
    *problem = std::string("a ") + typeName + " value must be a number that fits " +
               std::to_string(bytes) + " bytes, got '" + value + "'";
    return false;
  }
  appendLittleEndian(negative ? 0 - magnitude : magnitude, bytes, data);
  return true;
}

std::vector<std::string> split(const std::string& text, char separator) {
  std::vector<std::string> parts;
  size_t start = 0;
  for (;;) {
    const size_t end = text.find(separator, start);
    parts.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
    if (end == std::string::npos) return parts;
    start = end + 1;
  }
}

// items=name:TYPE:value[:description],... ; each part is %XX-decoded on its own, so a ':' or ','
// inside one is written %3A or %2C.
bool readTraceItems(Fields* fields, TraceEventSpec* trace) {
  if (!fields->has("items")) return true;
  std::string raw;
  fields->rawText("items", &raw);
  trace->items.clear();
  trace->itemsGiven = true;
  if (raw.empty()) return true;  // items= : no items
  for (const std::string& itemText : split(raw, ',')) {
    std::vector<std::string> parts = split(itemText, ':');
    if (parts.size() != 3 && parts.size() != 4) {
      return fields->fail("an item of 'items' must be name:TYPE:value or "
                          "name:TYPE:value:description, got '" + itemText + "'");
    }
    for (std::string& part : parts) {
      std::string decoded, problem;
      if (!percentDecode(part, &decoded, &problem)) return fields->fail(problem);
      part = decoded;
    }
    TraceItemSpec item;
    item.name = parts[0];
    item.value = parts[2];
    if (parts.size() == 4) item.description = parts[3];
    const std::string typeName =
        parts[1].rfind("HTTP_TRACE_TYPE_", 0) == 0 ? parts[1].substr(16) : parts[1];
    bool known = false;
    for (const auto& type : kTraceTypes) {
      if (typeName != type.name) continue;
      known = true;
      item.type = type.type;
      std::string problem;
      if (!encodeTraceValue(type.name, type.bytes, type.isSigned, type.type, item.value,
                            &item.data, &problem)) {
        return fields->fail("item '" + item.name + "': " + problem);
      }
    }
    if (!known) {
      std::string names;
      for (const auto& type : kTraceTypes) names += std::string(names.empty() ? "" : ", ") + type.name;
      return fields->fail("item '" + item.name + "' has unknown type '" + parts[1] +
                          "' (known: " + names + ")");
    }
    trace->items.push_back(item);
  }
  return true;
}

bool readTraceEvent(Fields* fields, TraceEventSpec* trace) {
  std::optional<GUID> provider = trace->providerGuid;
  const unsigned long long kDword = 0xFFFFFFFFULL;
  unsigned long result = static_cast<unsigned long>(trace->getResult);
  if (!readOptionalGuid(fields, "provider", &provider) ||
      !fields->number("area", kDword, &trace->area) ||
      !readOptionalGuid(fields, "area-guid", &trace->areaGuid) ||
      !fields->number("event", kDword, &trace->event) ||
      !fields->text("name", &trace->eventName) ||
      !fields->number("version", kDword, &trace->eventVersion) ||
      !fields->number("verbosity", kDword, &trace->verbosity) ||
      !readOptionalGuid(fields, "activity", &trace->activityGuid) ||
      !readOptionalGuid(fields, "related-activity", &trace->relatedActivityGuid) ||
      !fields->number("timestamp", kDword, &trace->timeStamp) ||
      !fields->number("flags", kDword, &trace->flags) || !readTraceItems(fields, trace) ||
      !fields->boolean("subscribed", &trace->subscribed) ||
      !fields->number("result", kDword, &result) ||
      !fields->finish("provider, area, area-guid, event, name, version, verbosity, activity, "
                      "related-activity, timestamp, flags, items, subscribed, result")) {
    return false;
  }
  if (!provider) return fields->fail("field 'provider' cannot be null (IIS names every event's provider)");
  trace->providerGuid = *provider;
  trace->getResult = static_cast<HRESULT>(static_cast<int>(result));
  if (!trace->itemsGiven) {
    std::string unused;
    TraceItemSpec url{"Url", HTTP_TRACE_TYPE_LPCWSTR, "/index.htm", {}, std::nullopt};
    encodeTraceValue("LPCWSTR", 0, false, url.type, url.value, &url.data, &unused);
    TraceItemSpec status{"Status", HTTP_TRACE_TYPE_ULONG, "200", {}, std::string("HTTP status")};
    encodeTraceValue("ULONG", 4, false, status.type, status.value, &status.data, &unused);
    trace->items = {url, status};
  }
  return true;
}

}  // namespace

bool parseNotificationFields(const std::vector<std::string>& tokens, const std::string& where,
                             Step* step, std::string* error) {
  Fields fields(where, error);
  if (!fields.read(tokens, 1)) return false;
  NotificationSpec& spec = step->notification;
  switch (step->kind) {
    case StepKind::kStopListening:
      return fields.boolean("drain", &spec.drainGracefully) && fields.finish("drain");
    case StepKind::kConfigurationChange:
      return fields.text("path", &spec.changePath) && fields.finish("path");
    case StepKind::kFileChange:
      return fields.text("file", &spec.fileName) && fields.presence("monitor", &spec.fileMonitor) &&
             fields.finish("file, monitor");
    case StepKind::kApplicationStart:
    case StepKind::kApplicationResolveModules:
    case StepKind::kApplicationStop:
    case StepKind::kThreadCleanup:
      return readApplication(&fields, &spec.application);
    case StepKind::kRscaQuery:
      return fields.text("function", &spec.functionName) &&
             fields.text("parameters", &spec.functionParameters) &&
             fields.number("buffer-limit", 0x7FFFFFFFULL, &spec.outputBufferLimit) &&
             fields.finish("function, parameters, buffer-limit");
    case StepKind::kTraceEvent:
      return readTraceEvent(&fields, &spec.trace);
    case StepKind::kCustomNotification:
      return fields.text("type", &spec.notificationType) && fields.finish("type");
    default:
      return fields.finish("nothing: this line takes no fields");
  }
}

bool parseGuid(const std::string& text, GUID* guid) {
  std::string body = text;
  if (body.size() == 38 && body.front() == '{' && body.back() == '}') {
    body = body.substr(1, 36);
  }
  if (body.size() != 36) return false;
  unsigned int parts[11];
  char tail;
  if (std::sscanf(body.c_str(), "%8x-%4x-%4x-%2x%2x-%2x%2x%2x%2x%2x%2x%c", &parts[0], &parts[1],
                  &parts[2], &parts[3], &parts[4], &parts[5], &parts[6], &parts[7], &parts[8],
                  &parts[9], &parts[10], &tail) != 11) {
    return false;
  }
  for (size_t i = 0; i < body.size(); i++) {
    const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
    const char c = body[i];
    const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    if (dash ? c != '-' : !hex) return false;
  }
  guid->Data1 = parts[0];
  guid->Data2 = static_cast<uint16_t>(parts[1]);
  guid->Data3 = static_cast<uint16_t>(parts[2]);
  for (int i = 0; i < 8; i++) guid->Data4[i] = static_cast<uint8_t>(parts[3 + i]);
  return true;
}

std::string guidText(const GUID& guid) {
  char text[40];
  std::snprintf(text, sizeof text, "{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
                static_cast<unsigned>(guid.Data1), guid.Data2, guid.Data3, guid.Data4[0],
                guid.Data4[1], guid.Data4[2], guid.Data4[3], guid.Data4[4], guid.Data4[5],
                guid.Data4[6], guid.Data4[7]);
  return text;
}

}  // namespace jiis_host
