package org.jiis.processor.generation.text;

/**
 * Text for Visual Studio solution ({@code .sln}) files. Their {@code Project(...)} lines hold
 * double-quoted values with no escape mechanism, so a value the format cannot carry is refused.
 */
public final class SolutionText {

  private SolutionText() {}

  /**
   * {@code value} in double quotes.
   *
   * @throws IllegalArgumentException if {@code value} is empty or holds a double quote or a control
   *     character
   */
  public static String quoted(String value) {
    if (value.isEmpty()) {
      throw new IllegalArgumentException("a .sln file cannot name an empty string");
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '"' || Character.isISOControl(c)) {
        throw new IllegalArgumentException(String.format(
            "\"%s\" cannot be written into a Visual Studio solution: character U+%04X at index %d "
                + "(.sln files have no escape for quotes or control characters)",
            value, (int) c, i));
      }
    }
    return '"' + value + '"';
  }
}
