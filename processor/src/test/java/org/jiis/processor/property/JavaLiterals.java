package org.jiis.processor.property;

/** Java source text for test inputs. */
final class JavaLiterals {

  private JavaLiterals() {}

  /**
   * {@code value} as a Java string literal. Line breaks, quotes and backslashes get their escapes
   * and other controls octal ones (a Unicode escape of a line break would end the literal, since
   * javac reads Unicode escapes before anything else); invisible characters get Unicode escapes so
   * that the test source stays readable. Everything else is written as it is.
   */
  static String string(String value) {
    StringBuilder literal = new StringBuilder("\"");
    value.codePoints().forEach(c -> {
      switch (c) {
        case '"' -> literal.append("\\\"");
        case '\\' -> literal.append("\\\\");
        case '\n' -> literal.append("\\n");
        case '\r' -> literal.append("\\r");
        case '\t' -> literal.append("\\t");
        default -> {
          if (c < 0x20 || (c >= 0x7F && c <= 0x9F)) {
            literal.append(String.format("\\%03o", c));
          } else if (Character.getType(c) == Character.FORMAT || Character.isWhitespace(c) && c != ' '
              || Character.isSpaceChar(c) && c != ' ') {
            for (char unit : Character.toChars(c)) {
              literal.append(String.format("\\u%04X", (int) unit));
            }
          } else {
            literal.appendCodePoint(c);
          }
        }
      }
    });
    return literal.append('"').toString();
  }
}
