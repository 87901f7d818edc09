package org.jiis.processor.corpus;

import static com.google.common.truth.Truth.assertWithMessage;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.jiis.processor.GlobalModuleProcessor;
import org.jiis.processor.corpus.CorpusCase.GeneratedModule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs every case of the invalid-module corpus ({@code src/test/resources/corpus/}) through javac
 * with the processor. Each case must report exactly the diagnostics its markers state (id, message
 * start, file, line and column) and nothing else, never crash javac nor show a stack trace, and
 * generate nothing but the modules it expects to be generated, each in full.
 */
class InvalidModuleCorpusTest {

  /** A stack frame as Throwable.printStackTrace writes it. */
  private static final Pattern STACK_FRAME = Pattern.compile("(?m)^\\s*at [\\w$.]+\\([^)]*\\)$");

  /** Issue 5 asks for at least this many invalid declarations, each case being one compilation. */
  private static final int MINIMUM_INVALID_CASES = 30;

  static List<CorpusCase> cases() {
    return CorpusCase.all();
  }

  @Test
  void corpusHoldsEnoughCasesThatExpectErrors() {
    assertWithMessage("cases expecting at least one error")
        .that(cases().stream().filter(c -> !c.expectations().isEmpty()).count())
        .isAtLeast(MINIMUM_INVALID_CASES);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void reportsExactlyTheExpectedDiagnosticsAndGeneratesNothingInvalid(CorpusCase corpusCase) {
    InMemoryCompilation.Result compilation = compile(corpusCase);
    List<ReportedDiagnostic> reported = reported(corpusCase, compilation);

    for (ReportedDiagnostic diagnostic : reported) {
      assertWithMessage("a diagnostic shows a stack trace or a compiler crash:\n%s", diagnostic.message())
          .that(STACK_FRAME.matcher(diagnostic.message()).find()
              || diagnostic.message().contains("An exception has occurred in the compiler"))
          .isFalse();
    }
    assertDiagnostics(corpusCase, reported);
    assertGenerated(corpusCase, compilation);
  }

  private static InMemoryCompilation.Result compile(CorpusCase corpusCase) {
    try {
      return InMemoryCompilation.compile(corpusCase.javaFileObjects(), new GlobalModuleProcessor(), List.of());
    } catch (RuntimeException crash) {
      throw new AssertionError("javac crashed on corpus case " + corpusCase.name(), crash);
    }
  }

  private static List<ReportedDiagnostic> reported(CorpusCase corpusCase, InMemoryCompilation.Result compilation) {
    List<ReportedDiagnostic> reported = new ArrayList<>();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      String file = d.getSource() == null ? "-" : corpusCase.pathOf(d.getSource());
      reported.add(new ReportedDiagnostic(d.getKind(), file, Math.max(0, d.getLineNumber()),
          Math.max(0, d.getColumnNumber()), d.getMessage(null)));
    }
    return reported;
  }

  /** Matches expectations and diagnostics one to one; lists whatever is left on either side. */
  private static void assertDiagnostics(CorpusCase corpusCase, List<ReportedDiagnostic> reported) {
    List<ReportedDiagnostic> unexpected = new ArrayList<>(
        reported.stream().filter(ReportedDiagnostic::mustBeExpected).toList());
    List<Expectation> missing = new ArrayList<>();
    for (Expectation expectation : corpusCase.expectations()) {
      ReportedDiagnostic match = unexpected.stream().filter(expectation::matches).findFirst().orElse(null);
      if (match == null) {
        missing.add(expectation);
      } else {
        unexpected.remove(match);
      }
    }
    assertWithMessage("corpus case %s:\nexpected but not reported:\n  %s\nreported but not expected:\n  %s",
        corpusCase.name(),
        missing.stream().map(Expectation::toString).collect(Collectors.joining("\n  ")),
        unexpected.stream().map(ReportedDiagnostic::asMarker).collect(Collectors.joining("\n  ")))
        .that(missing.isEmpty() && unexpected.isEmpty())
        .isTrue();
  }

  /** Every generated file belongs to a module the case expects, and each such module is complete. */
  private static void assertGenerated(CorpusCase corpusCase, InMemoryCompilation.Result compilation) {
    Set<String> generated = compilation.sourceOutputs().keySet();
    Set<String> unexplained = new TreeSet<>(generated);
    for (GeneratedModule module : corpusCase.generatedModules()) {
      List<String> expected = GeneratedOutput.expectedFilesOf(module.name(), module.packageName());
      assertWithMessage("corpus case %s: files of module %s", corpusCase.name(), module.name())
          .that(generated).containsAtLeastElementsIn(expected);
      unexplained.removeAll(expected);
      unexplained.removeIf(path -> path.startsWith(GeneratedOutput.nativeFolderOf(module.name())));
    }
    assertWithMessage("corpus case %s: generated files of no valid module (partial output)", corpusCase.name())
        .that(unexplained).isEmpty();
  }
}
