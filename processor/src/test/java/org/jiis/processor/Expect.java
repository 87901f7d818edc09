package org.jiis.processor;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import org.jiis.processor.Compilations.Outcome;

/** Assertions on the processor's diagnostics. */
final class Expect {

  private Expect() {}

  /**
   * Asserts that the compilation reported an error containing {@code message} (which starts with
   * its {@code [jiis.Id]}) at the start of {@code snippet} in {@code source}.
   */
  static void error(Outcome outcome, TestSource source, String snippet, String message) {
    assertThat(outcome.compilation())
        .hadErrorContaining(message)
        .inFile(source.file())
        .onLine(source.lineOf(snippet))
        .atColumn(source.columnOf(snippet));
  }

  /** Asserts exactly that one error, and that nothing was generated. */
  static void onlyError(Outcome outcome, TestSource source, String snippet, String message) {
    error(outcome, source, snippet, message);
    errors(outcome, 1);
    nothingGenerated(outcome);
  }

  /** Asserts the number of errors, javac's and the processor's. */
  static void errors(Outcome outcome, int count) {
    assertWithMessage(Compilations.describe(outcome.compilation()))
        .that(outcome.compilation().errors())
        .hasSize(count);
  }

  /** Asserts that the processor reported exactly {@code count} errors (javac's own not counted). */
  static void jiisErrors(Compilation compilation, int count) {
    assertWithMessage(Compilations.describe(compilation))
        .that(Compilations.jiisErrorCount(compilation))
        .isEqualTo(count);
  }

  static void nothingGenerated(Outcome outcome) {
    assertWithMessage("modules generated").that(outcome.generated()).isEmpty();
  }
}
