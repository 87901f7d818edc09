package org.jiis.processor.generation.text;

/**
 * Text for module-definition ({@code .def}) files, which link.exe and GNU ld both read. A string
 * argument is always written in double quotes: quotes are required around names that hold spaces
 * or semicolons or that match one of the format's many reserved words, and are harmless otherwise.
 * The format has no escape sequences, so a value it cannot carry is refused.
 */
public final class DefText {

  private DefText() {}

  /**
   * {@code value} as a quoted {@code .def} string argument, for example {@code "TokenCacheAudit"}.
   *
   * @throws IllegalArgumentException if {@code value} is empty or holds a double quote, a control
   *     character or a non-ASCII character
   */
  public static String quoted(String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a .def file cannot name an empty string");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || c < 0x20 || c >= 0x7F) {
        throw new IllegalArgumentException(String.format(
            "\"%s\" cannot be written into a module-definition (.def) file: character U+%04X at "
                + "index %d has no spelling there (only printable ASCII other than '\"'); "
                + "use a module name of ASCII letters, digits and underscores",
            value, (int) c, i));
      }
    }
    return '"' + value + '"';
  }
}
