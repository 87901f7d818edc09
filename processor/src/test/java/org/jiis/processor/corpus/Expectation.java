package org.jiis.processor.corpus;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One diagnostic a corpus case expects, read from a marker comment below the line it points at
 * (the syntax is described in {@code src/test/resources/corpus/README.md}).
 *
 * @param file the case-relative path of the file the diagnostic is in
 * @param line the 1-based line
 * @param column the 1-based column, as javac counts it
 * @param source {@code jiis.<Id>} for the processor's errors, {@code javac} for the compiler's own
 * @param messageStart how the message starts after its {@code [jiis.<Id>] } prefix
 */
record Expectation(String file, long line, long column, String source, String messageStart) {

  static final String JAVAC = "javac";

  /** Separates the wordings a javac expectation accepts. */
  static final String JAVAC_ALTERNATIVES = " || ";

  /** {@code //   ^ [jiis.Id] text}: the caret's column. */
  private static final Pattern CARET = Pattern.compile("^(\\s*//\\s*)\\^ \\[([\\w.]+)] (.+)$");

  /** {@code // at column 1: [jiis.Id] text}: for columns 1 and 2, where no caret fits. */
  private static final Pattern AT_COLUMN = Pattern.compile("^\\s*// at column (\\d+): \\[([\\w.]+)] (.+)$");

  /** Whether {@code line} is an expectation marker rather than code. */
  static boolean isMarker(String line) {
    return CARET.matcher(line).matches() || AT_COLUMN.matcher(line).matches();
  }

  /** The expectation a marker states about {@code targetLine}; {@code line} must be a marker. */
  static Expectation parse(String file, long targetLine, String line) {
    Matcher caret = CARET.matcher(line);
    if (caret.matches()) {
      return new Expectation(file, targetLine, caret.group(1).length() + 1, caret.group(2), caret.group(3));
    }
    Matcher atColumn = AT_COLUMN.matcher(line);
    if (atColumn.matches()) {
      return new Expectation(
          file, targetLine, Long.parseLong(atColumn.group(1)), atColumn.group(2), atColumn.group(3));
    }
    throw new IllegalArgumentException("not an expectation marker: " + line);
  }

  boolean isJavac() {
    return source.equals(JAVAC);
  }

  /** The message as reported: javac's own messages have no bracketed prefix. */
  String expectedMessageStart() {
    return isJavac() ? messageStart : "[" + source + "] " + messageStart;
  }

  /**
   * Whether {@code reported} is this diagnostic. javac words some of its own errors differently
   * from one JDK to the next, so a javac expectation may list the wordings it accepts, separated
   * by {@value #JAVAC_ALTERNATIVES}.
   */
  boolean matches(ReportedDiagnostic reported) {
    if (!reported.file().equals(file) || reported.line() != line || reported.column() != column) {
      return false;
    }
    if (!isJavac()) {
      return reported.message().startsWith(expectedMessageStart());
    }
    for (String wording : messageStart.split(Pattern.quote(JAVAC_ALTERNATIVES))) {
      if (reported.message().startsWith(wording)) {
        return true;
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return file + ":" + line + ":" + column + " " + expectedMessageStart();
  }
}
