package org.jiis.processor.generation.text;

/**
 * Text for CMake scripts: quoted arguments. Inside quotes CMake expands {@code ${...}} and reads
 * backslash escapes, so {@code \ " $} are escaped and tab and line breaks are written as
 * {@code \t \n \r}. A semicolon separates list elements even in a quoted value, so a value holding
 * one could not stay a single file name; such values, and other control characters (CMake has no
 * spelling for them), are refused.
 */
public final class CMakeText {

  private CMakeText() {}

  /**
   * {@code value} as a quoted argument, for example {@code "a\$b"} for {@code a$b}.
   *
   * @throws IllegalArgumentException if {@code value} holds a semicolon or a control character
   *     other than tab, line feed or carriage return
   */
  public static String quoted(String value) {
    StringBuilder quoted = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\', '"', '$' -> quoted.append('\\').append(c);
        case '\t' -> quoted.append("\\t");
        case '\n' -> quoted.append("\\n");
        case '\r' -> quoted.append("\\r");
        default -> {
          if (c == ';' || c < 0x20 || c == 0x7F) {
            throw new IllegalArgumentException(String.format(
                "\"%s\" cannot be written as one CMake argument: character U+%04X at index %d "
                    + "(a ';' splits CMake lists, and CMake has no spelling for control characters)",
                value, (int) c, i));
          }
          quoted.append(c);
        }
      }
    }
    return quoted.append('"').toString();
  }
}
