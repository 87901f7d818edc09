package org.jiis.processor.generation.text;

/**
 * Text for PowerShell scripts: verbatim (single-quoted) string literals, in which nothing is
 * expanded and the only special characters are the single quotes themselves. PowerShell takes
 * U+2018, U+2019, U+201A and U+201B for single quotes as well as the apostrophe, so each of them is
 * doubled. Line breaks and any other character stand for themselves; the script file is written
 * as UTF-8 with a byte order mark so that Windows PowerShell 5.1 reads non-ASCII text correctly.
 */
public final class PowerShellText {

  private static final String SINGLE_QUOTES = "'\u2018\u2019\u201A\u201B";

  private PowerShellText() {}

  /** {@code value} as a single-quoted literal, for example {@code 'it''s'} for {@code it's}. */
  public static String singleQuoted(String value) {
    StringBuilder literal = new StringBuilder(value.length() + 2).append('\'');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (SINGLE_QUOTES.indexOf(c) >= 0) {
        literal.append(c);
      }
      literal.append(c);
    }
    return literal.append('\'').toString();
  }
}
