package org.jiis.processor.generation.text;

/**
 * Text for {@code .properties} files, with the escapes {@code java.util.Properties.load} reads:
 * backslash escapes for {@code \ = : # !}, tab, line breaks and form feed, a leading space escaped
 * so it is kept, and a backslash-u escape (four hex digits) for every character outside printable
 * ASCII. The result is one line of ASCII, so it is also safe inside a {@code #} comment.
 */
public final class PropertiesText {

  private PropertiesText() {}

  /** {@code value} escaped for the value side of a {@code key=value} line. */
  public static String escapeValue(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\', '=', ':', '#', '!' -> escaped.append('\\').append(c);
        case '\t' -> escaped.append("\\t");
        case '\n' -> escaped.append("\\n");
        case '\r' -> escaped.append("\\r");
        case '\f' -> escaped.append("\\f");
        case ' ' -> escaped.append(i == 0 ? "\\ " : " ");
        default -> {
          if (c < 0x20 || c >= 0x7F) {
            escaped.append(String.format("\\u%04X", (int) c));
          } else {
            escaped.append(c);
          }
        }
      }
    }
    return escaped.toString();
  }
}
