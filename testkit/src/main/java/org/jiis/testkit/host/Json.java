package org.jiis.testkit.host;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A small JSON parser for the simulator's report lines: objects become {@code Map<String,
 * Object>} (in field order), arrays {@code List<Object>}, numbers {@code Long} (or {@code Double}
 * with a fraction or exponent), and JSON null Java {@code null}.
 */
final class Json {

  private final String text;
  private int position;

  private Json(String text) {
    this.text = text;
  }

  /**
   * Parses one JSON value that must fill {@code text} (surrounding whitespace allowed).
   *
   * @throws IllegalArgumentException saying where the text is not JSON
   */
  static Object parse(String text) {
    Json parser = new Json(text);
    Object value = parser.value();
    parser.skipWhitespace();
    if (parser.position != text.length()) {
      throw parser.error("unexpected text after the value");
    }
    return value;
  }

  private Object value() {
    skipWhitespace();
    if (position >= text.length()) {
      throw error("unexpected end of text");
    }
    char c = text.charAt(position);
    switch (c) {
      case '{':
        return object();
      case '[':
        return array();
      case '"':
        return string();
      case 't':
        return literal("true", Boolean.TRUE);
      case 'f':
        return literal("false", Boolean.FALSE);
      case 'n':
        return literal("null", null);
      default:
        if (c == '-' || (c >= '0' && c <= '9')) {
          return number();
        }
        throw error("unexpected character '" + c + "'");
    }
  }

  private Map<String, Object> object() {
    Map<String, Object> object = new LinkedHashMap<>();
    position++;
    skipWhitespace();
    if (peek() == '}') {
      position++;
      return Collections.unmodifiableMap(object);
    }
    while (true) {
      skipWhitespace();
      if (peek() != '"') {
        throw error("expected a field name");
      }
      String name = string();
      skipWhitespace();
      expect(':');
      object.put(name, value());
      skipWhitespace();
      if (peek() == ',') {
        position++;
      } else {
        expect('}');
        return Collections.unmodifiableMap(object);
      }
    }
  }

  private List<Object> array() {
    List<Object> array = new ArrayList<>();
    position++;
    skipWhitespace();
    if (peek() == ']') {
      position++;
      return Collections.unmodifiableList(array);
    }
    while (true) {
      array.add(value());
      skipWhitespace();
      if (peek() == ',') {
        position++;
      } else {
        expect(']');
        return Collections.unmodifiableList(array);
      }
    }
  }

  private String string() {
    expect('"');
    StringBuilder out = new StringBuilder();
    while (true) {
      if (position >= text.length()) {
        throw error("unterminated string");
      }
      char c = text.charAt(position++);
      if (c == '"') {
        return out.toString();
      }
      if (c < 0x20) {
        throw error("control character in a string");
      }
      if (c != '\\') {
        out.append(c);
        continue;
      }
      if (position >= text.length()) {
        throw error("unterminated escape");
      }
      char escape = text.charAt(position++);
      switch (escape) {
        case '"', '\\', '/' -> out.append(escape);
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'u' -> out.append(unicodeEscape());
        default -> throw error("bad escape '\\" + escape + "'");
      }
    }
  }

  private char unicodeEscape() {
    if (position + 4 > text.length()) {
      throw error("short \\u escape");
    }
    String hex = text.substring(position, position + 4);
    for (int i = 0; i < 4; i++) {
      if (Character.digit(hex.charAt(i), 16) < 0) {
        throw error("bad \\u escape '" + hex + "'");
      }
    }
    position += 4;
    return (char) Integer.parseInt(hex, 16);
  }

  private Object number() {
    int start = position;
    if (peek() == '-') {
      position++;
    }
    boolean fraction = false;
    while (position < text.length()) {
      char c = text.charAt(position);
      if (c == '.' || c == 'e' || c == 'E' || c == '+' || (c == '-' && position > start)) {
        fraction = true;
      } else if (c < '0' || c > '9') {
        break;
      }
      position++;
    }
    String number = text.substring(start, position);
    try {
      return fraction ? (Object) Double.parseDouble(number) : (Object) Long.parseLong(number);
    } catch (NumberFormatException e) {
      position = start;
      throw error("bad number '" + number + "'");
    }
  }

  private Object literal(String word, Object value) {
    if (!text.startsWith(word, position)) {
      throw error("unexpected word");
    }
    position += word.length();
    return value;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw error("expected '" + c + "'");
    }
    position++;
  }

  private char peek() {
    return position < text.length() ? text.charAt(position) : '\0';
  }

  private void skipWhitespace() {
    while (position < text.length() && " \t\r\n".indexOf(text.charAt(position)) >= 0) {
      position++;
    }
  }

  private IllegalArgumentException error(String problem) {
    return new IllegalArgumentException(
        "Not JSON at character " + (position + 1) + ": " + problem + " in: " + text);
  }
}
