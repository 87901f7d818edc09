package org.jiis.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.jiis.processor.Compilations.Outcome;
import org.junit.jupiter.api.Test;

/** How the processor behaves across modules, rounds and options. */
class RoundTest {

  private static TestSource module(String binaryName, String annotation) {
    int dot = binaryName.lastIndexOf('.');
    return TestSource.of(binaryName, """
        package %s;

        import org.jiis.*;

        %s
        public class %s implements CacheCleanupListener {
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """.formatted(binaryName.substring(0, dot), annotation, binaryName.substring(dot + 1)));
  }

  @Test
  void errorsOfAllModulesAreReportedTogether_andValidModulesStillGenerate() {
    TestSource noEvents = module("p.NoEvents", "@GlobalModule(events = {})");
    TestSource reserved = module("p.Reserved", "@GlobalModule(name = \"nul\", events = GlobalEvent.CACHE_CLEANUP)");
    TestSource valid = module("p.Valid", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)");

    Outcome outcome = Compilations.compile(noEvents, reserved, valid);

    Expect.error(outcome, noEvents, "{})", "[jiis.NoEvents]");
    Expect.error(outcome, reserved, "\"nul\"", "[jiis.ReservedName]");
    Expect.errors(outcome, 2);
    assertThat(outcome.generated()).hasSize(1);
    assertThat(outcome.generated().get(0).moduleName()).isEqualTo("Valid");
  }

  @Test
  void moduleGeneratedByAnotherProcessor_isValidatedInTheNextRound() {
    Compilation compilation = javac()
        .withProcessors(new GlobalModuleProcessor(), new WritesInFirstRound(laterModule("Later")))
        .compile(module("p.Audit", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)").file());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.AuditDispatcher").isNotNull();
    assertThat(compilation).generatedSourceFile("q.LaterDispatcher").isNotNull();
  }

  @Test
  void moduleWhoseListenerIsGeneratedLater_isValidatedOnceItExists() {
    TestSource audit = TestSource.of("p.Audit", """
        package p;

        import org.jiis.*;

        @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
        public class Audit implements CleanupSupport {
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """);
    TestSource support = TestSource.of("p.CleanupSupport", """
        package p;

        public interface CleanupSupport extends org.jiis.CacheCleanupListener {}
        """);

    Compilation compilation = javac()
        .withProcessors(new GlobalModuleProcessor(), new WritesInFirstRound(support))
        .compile(audit.file());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation).generatedSourceFile("p.AuditDispatcher").contentsAsUtf8String()
        .contains("return module.onCacheCleanup();");
  }

  @Test
  void moduleWhoseSupertypeNeverAppears_isLeftToJavac() {
    TestSource audit = TestSource.of("p.Audit", """
        package p;

        import org.jiis.*;

        @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
        public class Audit implements CleanupSupport {
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """);

    Outcome outcome = Compilations.compile(audit);

    assertThat(outcome.compilation()).hadErrorContaining("cannot find symbol").inFile(audit.file())
        .onLine(audit.lineOf("CleanupSupport"));
    Expect.jiisErrors(outcome.compilation(), 0);
    Expect.nothingGenerated(outcome);
  }

  @Test
  void namesAreComparedAcrossRounds() {
    TestSource audit = module("p.Audit", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)");

    Compilation compilation = javac()
        .withProcessors(new GlobalModuleProcessor(), new WritesInFirstRound(laterModule("audit")))
        .compile(audit.file());

    assertThat(compilation)
        .hadErrorContaining("[jiis.DuplicateName] module name \"audit\" is already used by module \"Audit\""
            + " (class p.Audit)");
    assertThat(compilation).hadErrorCount(1);
  }

  @Test
  void nativeDirOptionIsAccepted() {
    TestSource audit = module("p.Audit", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)");

    Compilation accepted = javac().withProcessors(new GlobalModuleProcessor())
        .withOptions("-Ajiis.nativeDir=target/native").compile(audit.file());
    Compilation unknown = javac().withProcessors(new GlobalModuleProcessor())
        .withOptions("-Ajiis.nativeDirectory=target/native").compile(audit.file());

    assertThat(accepted).succeededWithoutWarnings();
    assertThat(unknown).hadWarningContaining("jiis.nativeDirectory");
  }

  @Test
  void compilationWithoutModules_isUntouched() {
    Compilation compilation = javac()
        .withProcessors(new GlobalModuleProcessor())
        .compile(TestSource.of("p.Plain", "package p; public class Plain {}").file());

    assertThat(compilation).succeededWithoutWarnings();
    assertThat(compilation.generatedSourceFiles()).isEmpty();
  }

  private static TestSource laterModule(String moduleName) {
    return module("q.Later", "@GlobalModule(name = \"" + moduleName + "\", events = GlobalEvent.CACHE_CLEANUP)");
  }

  /** Writes one source file in its first round, as a code generator might. */
  private static final class WritesInFirstRound extends AbstractProcessor {
    private final TestSource source;
    private boolean written;

    WritesInFirstRound(TestSource source) {
      this.source = source;
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      if (!written) {
        written = true;
        String name = source.file().getName().replaceFirst("^/", "").replace(".java", "").replace('/', '.');
        try (Writer writer = processingEnv.getFiler().createSourceFile(name).openWriter()) {
          writer.write(source.file().getCharContent(true).toString());
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      }
      return false;
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return Set.of("*");
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return SourceVersion.latestSupported();
    }
  }
}
