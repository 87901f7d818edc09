package org.jiis.testkit.host;

import java.util.List;
import java.util.Map;

/** Typed access to the fields of one parsed report line, with errors that name the line. */
final class ReportLine {

  private final Map<String, Object> fields;
  private final String text;

  private ReportLine(Map<String, Object> fields, String text) {
    this.fields = fields;
    this.text = text;
  }

  /**
   * Parses a report line.
   *
   * @throws IllegalArgumentException if it is not a JSON object with a string "type"
   */
  static ReportLine parse(String text) {
    Object value = Json.parse(text);
    if (!(value instanceof Map<?, ?> map) || !(map.get("type") instanceof String)) {
      throw new IllegalArgumentException(
          "Not a jiis-host report line (a JSON object with a \"type\"): " + text);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> fields = (Map<String, Object>) map;
    return new ReportLine(fields, text);
  }

  String type() {
    return (String) fields.get("type");
  }

  /** Whether the line has the field (null or not). */
  boolean has(String name) {
    return fields.containsKey(name);
  }

  String string(String name) {
    return (String) required(name, String.class);
  }

  /** A string field that may be absent or null. */
  String optionalString(String name) {
    return (String) optional(name, String.class);
  }

  long number(String name) {
    return (Long) required(name, Long.class);
  }

  int intNumber(String name) {
    return Math.toIntExact(number(name));
  }

  /** A number field that may be absent or null. */
  Long optionalNumber(String name) {
    return (Long) optional(name, Long.class);
  }

  boolean flag(String name) {
    return (Boolean) required(name, Boolean.class);
  }

  /** A boolean field that is false when absent. */
  boolean optionalFlag(String name) {
    Boolean value = (Boolean) optional(name, Boolean.class);
    return value != null && value;
  }

  /** An "0x%08X" field (HRESULTs), as the 32-bit value. */
  int hex(String name) {
    String value = string(name);
    if (!value.startsWith("0x")) {
      throw malformed(name, "a 0x hex number");
    }
    return Integer.parseUnsignedInt(value.substring(2), 16);
  }

  @SuppressWarnings("unchecked")
  List<String> strings(String name) {
    List<Object> list = (List<Object>) required(name, List.class);
    for (Object item : list) {
      if (!(item instanceof String)) {
        throw malformed(name, "an array of strings");
      }
    }
    return (List<String>) (List<?>) list;
  }

  @SuppressWarnings("unchecked")
  List<Map<String, Object>> objects(String name) {
    List<Object> list = (List<Object>) required(name, List.class);
    for (Object item : list) {
      if (!(item instanceof Map)) {
        throw malformed(name, "an array of objects");
      }
    }
    return (List<Map<String, Object>>) (List<?>) list;
  }

  @SuppressWarnings("unchecked")
  Map<String, Object> object(String name) {
    return (Map<String, Object>) required(name, Map.class);
  }

  String text() {
    return text;
  }

  private Object required(String name, Class<?> type) {
    Object value = optional(name, type);
    if (value == null) {
      throw malformed(name, "present");
    }
    return value;
  }

  private Object optional(String name, Class<?> type) {
    Object value = fields.get(name);
    if (value != null && !type.isInstance(value)) {
      throw malformed(name, "a " + type.getSimpleName());
    }
    return value;
  }

  private IllegalArgumentException malformed(String name, String expected) {
    return new IllegalArgumentException(
        "Field \"" + name + "\" of a \"" + type() + "\" report line should be " + expected
            + ": " + text);
  }
}
