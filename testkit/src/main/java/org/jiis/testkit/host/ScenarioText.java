package org.jiis.testkit.host;

import java.nio.charset.StandardCharsets;

/** Writes values into the scenario line format: {@code %XX} escapes for what would split a line. */
final class ScenarioText {

  private ScenarioText() {}

  /**
   * The value as one scenario token: {@code %}, whitespace and control characters become {@code
   * %XX} (UTF-8 bytes); an empty value stays empty.
   */
  static String encode(String value) {
    StringBuilder out = new StringBuilder();
    for (byte b : value.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c == '%' || c <= ' ' || c == 0x7F) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      } else {
        out.append((char) c);
      }
    }
    return out.toString();
  }

  /**
   * A value of a field whose bare word {@code null} means "the getter returns NULL": a string
   * that happens to be {@code "null"} is escaped so it stays a string.
   */
  static String encodeNullable(String value) {
    if (value == null) {
      return "null";
    }
    return value.equals("null") ? "%6Eull" : encode(value);
  }
}
