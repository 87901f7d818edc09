package org.jiis.processor.validation;

/**
 * User-written text quoted in a diagnostic, spelled as in a Java literal: visible characters as they
 * are, and quotes, backslashes, line breaks and invisible characters (controls, bidirectional
 * formatting, unusual spaces) as escapes, so that every message is one unambiguous line that shows
 * what the source holds.
 */
final class MessageText {

  private MessageText() {}

  /** {@code value} in double quotes, as a Java string literal would spell it. */
  static String quoted(String value) {
    StringBuilder text = new StringBuilder("\"");
    value.codePoints().forEach(c -> text.append(c == '"' ? "\\\"" : spelled(c, false)));
    return text.append('"').toString();
  }

  /** One character in single quotes, as a Java character literal would spell it. */
  static String quoted(int codePoint) {
    return "'" + (codePoint == '\'' ? "\\'" : spelled(codePoint, true)) + "'";
  }

  /**
   * A character as it is when visible, else as a Java escape. Combining marks count as invisible
   * only on their own ({@code alone}): within text they combine with the character before them.
   */
  private static String spelled(int codePoint, boolean alone) {
    String named = switch (codePoint) {
      case '\\' -> "\\\\";
      case '\n' -> "\\n";
      case '\r' -> "\\r";
      case '\t' -> "\\t";
      case '\b' -> "\\b";
      case '\f' -> "\\f";
      default -> null;
    };
    if (named != null) {
      return named;
    }
    if (!isInvisible(codePoint, alone)) {
      return Character.toString(codePoint);
    }
    StringBuilder escape = new StringBuilder();
    for (char unit : Character.toChars(codePoint)) {
      escape.append(String.format("\\u%04X", (int) unit));
    }
    return escape.toString();
  }

  private static boolean isInvisible(int codePoint, boolean alone) {
    return switch (Character.getType(codePoint)) {
      case Character.CONTROL, Character.FORMAT, Character.LINE_SEPARATOR, Character.PARAGRAPH_SEPARATOR,
          Character.UNASSIGNED, Character.PRIVATE_USE, Character.SURROGATE -> true;
      case Character.SPACE_SEPARATOR -> codePoint != ' ';
      case Character.NON_SPACING_MARK, Character.ENCLOSING_MARK -> alone;
      default -> false;
    };
  }
}
