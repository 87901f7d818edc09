package org.jiis.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jiis.processor.Compilations.compile;

import com.google.testing.compile.Compilation;
import java.lang.reflect.Proxy;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import org.jiis.processor.Compilations.Outcome;
import org.junit.jupiter.api.Test;

/**
 * Classes declared in bodies. javac hands processors no element for them, so the processor finds
 * them in the syntax trees of the round's compilation units.
 */
class LocalClassTest {

  private static final String MESSAGE = " is declared inside a method, initializer, lambda or anonymous class,"
      + " where jiis cannot create it; move it to its own file as a public class, or make it a public"
      + " static nested class";

  @Test
  void localClassesAnywhereInABody() {
    TestSource source = TestSource.of("p.Holder", """
        package p;

        import org.jiis.*;

        public class Holder {
          static {
            @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) class InInitializer {}
          }
          void method() {
            @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) class InMethod {}
            Runnable r = () -> {
              @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) class InLambda {}
            };
          }
          Object field = new Object() {
            @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) class InAnonymous {}
          };
        }
        """);

    Outcome outcome = compile(source);

    Expect.error(outcome, source, "class InInitializer", "[jiis.LocalClass] module class InInitializer" + MESSAGE);
    Expect.error(outcome, source, "class InMethod", "[jiis.LocalClass] module class InMethod" + MESSAGE);
    Expect.error(outcome, source, "class InLambda", "[jiis.LocalClass] module class InLambda" + MESSAGE);
    Expect.error(outcome, source, "class InAnonymous", "[jiis.LocalClass] module class InAnonymous" + MESSAGE);
    Expect.errors(outcome, 4);
  }

  @Test
  void recognisesTheAnnotationByItsQualifiedNameAndByWildcardImport() {
    TestSource qualified = TestSource.of("p.Qualified", """
        package p;

        public class Qualified {
          void method() {
            @org.jiis.GlobalModule(events = org.jiis.GlobalEvent.CACHE_CLEANUP) class Audit {}
          }
        }
        """);
    TestSource wildcard = TestSource.of("q.Wildcard", """
        package q;

        import org.jiis.*;

        public class Wildcard {
          void method() {
            @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) record Audit() {}
          }
        }
        """);

    Outcome outcome = compile(qualified, wildcard);

    Expect.error(outcome, qualified, "class Audit", "[jiis.LocalClass] module class Audit" + MESSAGE);
    Expect.error(outcome, wildcard, "record Audit", "[jiis.LocalClass] module class Audit" + MESSAGE);
    Expect.errors(outcome, 2);
  }

  @Test
  void anotherAnnotationNamedGlobalModule_isNotOurs() {
    TestSource source = TestSource.of("p.Holder", """
        package p;

        public class Holder {
          @interface GlobalModule {}

          void method() {
            @GlobalModule class NotAModule {}
          }
        }
        """);

    assertThat(compile(source).compilation()).succeededWithoutWarnings();
  }

  /**
   * An anonymous class has no declaration to annotate: {@code new @GlobalModule(...) Object() {}}
   * annotates the type use, and javac itself rejects it because {@code @GlobalModule} targets
   * declarations only. This is what the user sees; the processor adds nothing.
   */
  @Test
  void anonymousClass_isRejectedByJavac() {
    TestSource source = TestSource.of("p.Holder", """
        package p;

        import org.jiis.*;

        public class Holder {
          Object module = new @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) CacheCleanupListener() {
            public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
          };
        }
        """);

    Outcome outcome = compile(source);

    // javac's own message; it names the annotation "@GlobalModule" on the command line.
    Expect.onlyError(outcome, source, "@GlobalModule(events", "not applicable in this type context");
  }

  /**
   * Under a build tool that wraps javac's processing environment (Gradle's incremental compilation
   * does) there are no syntax trees: local classes go unreported (javac accepts the annotation on
   * them), and everything else still works.
   */
  @Test
  void withoutSyntaxTrees_localClassesGoUnreportedAndTheRestWorks() {
    TestSource source = TestSource.of("p.Audit", """
        package p;

        import org.jiis.*;

        @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
        public class Audit implements CacheCleanupListener {
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
          void method() {
            @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) class Local {}
          }
        }
        """);
    TestSource invalid = TestSource.of("p.Invalid", """
        package p;

        import org.jiis.*;

        @GlobalModule(events = {})
        public class Invalid {}
        """);

    Compilation valid = Compilations.compileWith(new WrappedEnvironment(new GlobalModuleProcessor()), source);
    Compilation failed = Compilations.compileWith(new WrappedEnvironment(new GlobalModuleProcessor()), invalid);

    assertThat(valid).succeededWithoutWarnings();
    assertThat(valid).generatedSourceFile("p.AuditDispatcher").contentsAsUtf8String()
        .contains("return module.onCacheCleanup();");
    assertThat(failed).hadErrorContaining("[jiis.NoEvents]").inFile(invalid.file()).onLine(invalid.lineOf("{})")).atColumn(invalid.columnOf("{})"));
  }

  /** Hands the processor a proxy of the environment, as a build tool's wrapper would. */
  private static final class WrappedEnvironment extends AbstractProcessor {
    private final GlobalModuleProcessor delegate;

    WrappedEnvironment(GlobalModuleProcessor delegate) {
      this.delegate = delegate;
    }

    @Override
    public synchronized void init(ProcessingEnvironment environment) {
      super.init(environment);
      ProcessingEnvironment wrapped = (ProcessingEnvironment) Proxy.newProxyInstance(
          getClass().getClassLoader(), new Class<?>[] {ProcessingEnvironment.class},
          (proxy, method, args) -> method.invoke(environment, args));
      delegate.init(wrapped);
    }

    @Override
    public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
      return delegate.process(annotations, round);
    }

    @Override
    public Set<String> getSupportedAnnotationTypes() {
      return delegate.getSupportedAnnotationTypes();
    }

    @Override
    public SourceVersion getSupportedSourceVersion() {
      return delegate.getSupportedSourceVersion();
    }
  }
}
