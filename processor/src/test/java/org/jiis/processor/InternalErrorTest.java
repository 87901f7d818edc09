package org.jiis.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** A failure inside the processor is one [jiis.InternalError] on the module, never a javac crash. */
class InternalErrorTest {

  private static final TestSource AUDIT = TestSource.of("p.Audit", """
      package p;

      import org.jiis.*;

      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      public class Audit implements CacheCleanupListener {
        public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
      }
      """);

  private static final TestSource OTHER = TestSource.of("p.Other", """
      package p;

      import org.jiis.*;

      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      public class Other implements CacheCleanupListener {
        public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
      }
      """);

  @Test
  void failureWhileValidating_isOneErrorOnThatModule_andTheOthersStillGenerate() {
    List<String> generated = new ArrayList<>();
    GlobalModuleProcessor processor = new GlobalModuleProcessor(
        real -> moduleClass -> {
          if (moduleClass.getSimpleName().contentEquals("Audit")) {
            throw new IllegalStateException("validator bug");
          }
          return real.validate(moduleClass);
        },
        real -> (model, moduleClass) -> {
          generated.add(model.moduleName());
          real.generate(model, moduleClass);
        });

    Compilation compilation = Compilations.compileWith(processor, AUDIT, OTHER);

    assertThat(compilation)
        .hadErrorContaining("[jiis.InternalError] the jiis processor failed while validating Audit:"
            + " java.lang.IllegalStateException: validator bug (at ")
        .inFile(AUDIT.file())
        .onLine(AUDIT.lineOf("class Audit"))
        .atColumn(AUDIT.columnOf("class Audit"));
    assertThat(compilation).hadErrorContaining("This is a bug in jiis; please report it with this message");
    assertThat(compilation).hadErrorCount(1);
    assertNoStackTrace(compilation);
    assertThat(generated).containsExactly("Other");
  }

  @Test
  void failureWhileGenerating_isOneErrorOnTheModule() {
    GlobalModuleProcessor processor = new GlobalModuleProcessor(UnaryOperator.identity(),
        real -> (model, moduleClass) -> {
          throw new StackOverflowError();
        });

    Compilation compilation = Compilations.compileWith(processor, AUDIT);

    assertThat(compilation)
        .hadErrorContaining("[jiis.InternalError] the jiis processor failed while generating the module of"
            + " Audit: java.lang.StackOverflowError (at ")
        .inFile(AUDIT.file())
        .onLine(AUDIT.lineOf("class Audit"));
    assertThat(compilation).hadErrorCount(1);
    assertNoStackTrace(compilation);
  }

  private static void assertNoStackTrace(Compilation compilation) {
    compilation.diagnostics().forEach(d -> assertThat(d.getMessage(null)).doesNotContain("\tat "));
  }
}
