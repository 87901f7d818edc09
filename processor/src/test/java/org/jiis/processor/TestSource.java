package org.jiis.processor;

import com.google.testing.compile.JavaFileObjects;
import javax.tools.JavaFileObject;

/**
 * A test source file that knows where its snippets are, so that tests state the expected position
 * of a diagnostic by the code it must point at rather than by a line number that drifts.
 */
final class TestSource {

  private final String text;
  private final JavaFileObject file;

  private TestSource(String binaryName, String text) {
    this.text = text;
    this.file = JavaFileObjects.forSourceString(binaryName, text);
  }

  /** A source for the top-level class {@code binaryName}, for example {@code "p.Audit"}. */
  static TestSource of(String binaryName, String text) {
    return new TestSource(binaryName, text);
  }

  JavaFileObject file() {
    return file;
  }

  /** The 1-based line of the only occurrence of {@code snippet}. */
  long lineOf(String snippet) {
    int at = indexOf(snippet);
    return text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
  }

  /** The 1-based column (as javac counts it) of the only occurrence of {@code snippet}. */
  long columnOf(String snippet) {
    int at = indexOf(snippet);
    return at - text.lastIndexOf('\n', at - 1);
  }

  private int indexOf(String snippet) {
    int at = text.indexOf(snippet);
    if (at < 0 || text.indexOf(snippet, at + 1) >= 0) {
      throw new IllegalArgumentException("snippet must occur exactly once: " + snippet + "\n" + text);
    }
    return at;
  }
}
