package org.jiis.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jiis.processor.Compilations.compile;

import org.jiis.processor.Compilations.Outcome;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** {@code @GlobalModule} must be on a public, concrete, non-generic, top-level or static nested class. */
class ClassShapeTest {

  @ParameterizedTest
  @CsvSource({
      "interface,                 an interface",
      "enum,                      an enum",
      "record,                    a record",
      "@interface,                an annotation type"})
  void notAClass(String keyword, String described) {
    String body = keyword.equals("record") ? "() {}" : " {}";
    TestSource source = TestSource.of("p.Audit", """
        package p;

        import org.jiis.GlobalEvent;
        import org.jiis.GlobalModule;

        @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
        public %s Audit%s
        """.formatted(keyword, body));

    // javac points at the keyword; for an annotation type, after the '@'.
    Expect.onlyError(compile(source), source, keyword.replace("@", "") + " Audit",
        "[jiis.NotAClass] @GlobalModule must be on a class, but Audit is " + described
            + "; put @GlobalModule on a public class that implements the listener interfaces");
  }

  @Test
  void abstractClass() {
    TestSource source = TestSource.of("p.Audit", """
        package p;

        import org.jiis.*;

        @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
        public abstract class Audit implements CacheCleanupListener {}
        """);

    Expect.onlyError(compile(source), source, "class Audit",
        "[jiis.AbstractClass] module class Audit is abstract, so jiis cannot create it; remove 'abstract'"
            + " or put @GlobalModule on a concrete subclass");
  }

  @Test
  void nonPublicClass() {
    TestSource source = TestSource.of("p.Audit", """
        package p;

        import org.jiis.*;

        @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
        final class Audit implements CacheCleanupListener {
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """);

    // Only NotPublic: the implicit constructor is not public either, but that needs no second error.
    Expect.onlyError(compile(source), source, "class Audit",
        "[jiis.NotPublic] module class Audit is not public; declare it 'public class Audit'");
  }

  @Test
  void privateNestedClass() {
    TestSource source = TestSource.of("p.Outer", """
        package p;

        import org.jiis.*;

        public class Outer {
          @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
          private static class Audit implements CacheCleanupListener {
            public Audit() {}
            public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
          }
        }
        """);

    Expect.onlyError(compile(source), source, "class Audit",
        "[jiis.NotPublic] module class Audit is not public; declare it 'public class Audit'");
  }

  @Test
  void nestedInNonPublicClass_pointsAtTheEnclosingClass() {
    TestSource source = TestSource.of("p.Outer", """
        package p;

        import org.jiis.*;

        class Outer {
          @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
          public static class Audit implements CacheCleanupListener {
            public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
          }
        }
        """);

    Expect.onlyError(compile(source), source, "class Outer",
        "[jiis.NotPublic] Outer, which encloses module class Audit, is not public; declare Outer public"
            + " or move Audit to its own file");
  }

  @Test
  void innerClass() {
    TestSource source = TestSource.of("p.Outer", """
        package p;

        import org.jiis.*;

        public class Outer {
          @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
          public class Audit implements CacheCleanupListener {
            public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
          }
        }
        """);

    Expect.onlyError(compile(source), source, "class Audit",
        "[jiis.InnerClass] module class Audit is an inner class of Outer, so it cannot be created without an"
            + " instance of Outer; declare it 'static' or move it to its own file");
  }

  @Test
  void genericClass_pointsAtTheTypeParameter() {
    TestSource source = TestSource.of("p.Audit", """
        package p;

        import org.jiis.*;

        @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
        public class Audit<T extends Number> implements CacheCleanupListener {
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """);

    Expect.onlyError(compile(source), source, "T extends",
        "[jiis.GenericClass] module class Audit declares type parameter T, but jiis creates the module"
            + " without type arguments; remove the type parameters");
  }

  @Test
  void staticNestedClassOfAnInterface_isValid() {
    TestSource source = TestSource.of("p.Modules", """
        package p;

        import org.jiis.*;

        public interface Modules {
          @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
          class Audit implements CacheCleanupListener {
            public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
          }
        }
        """);

    Outcome outcome = compile(source);

    assertThat(outcome.compilation()).succeededWithoutWarnings();
    assertThat(outcome.compilation()).generatedSourceFile("p.AuditDispatcher").contentsAsUtf8String()
        .contains("this.module = new Modules.Audit();");
  }

  @Test
  void allShapeErrorsOfOneClassAreReportedTogether() {
    TestSource source = TestSource.of("p.Outer", """
        package p;

        import org.jiis.*;

        public class Outer {
          @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
          abstract class Audit<T> implements CacheCleanupListener {}
        }
        """);

    Outcome outcome = compile(source);

    Expect.error(outcome, source, "class Audit", "[jiis.InnerClass]");
    Expect.error(outcome, source, "class Audit", "[jiis.AbstractClass]");
    Expect.error(outcome, source, "class Audit", "[jiis.NotPublic]");
    Expect.error(outcome, source, "T>", "[jiis.GenericClass]");
    Expect.errors(outcome, 4);
    Expect.nothingGenerated(outcome);
  }
}
