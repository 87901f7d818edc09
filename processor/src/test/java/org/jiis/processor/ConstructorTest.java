package org.jiis.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jiis.processor.Compilations.compile;

import org.jiis.processor.Compilations.Outcome;
import org.junit.jupiter.api.Test;

/** The dispatcher creates the module with {@code new M(ModuleContext)} or, failing that, {@code new M()}. */
class ConstructorTest {

  private static TestSource audit(String constructors) {
    return TestSource.of("p.Audit", """
        package p;

        import org.jiis.*;

        @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
        public class Audit implements CacheCleanupListener {
        %s
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """.formatted(constructors));
  }

  @Test
  void privateNoArgConstructor_pointsAtIt() {
    TestSource source = audit("  private Audit() {}");

    Expect.onlyError(compile(source), source, "Audit() {}",
        "[jiis.NoUsableConstructor] constructor Audit() is not public, so jiis cannot call it; make it public");
  }

  @Test
  void packagePrivateContextConstructor_pointsAtIt() {
    TestSource source = audit("  Audit(ModuleContext context) {}");

    Expect.onlyError(compile(source), source, "Audit(ModuleContext",
        "[jiis.NoUsableConstructor] constructor Audit(ModuleContext) is not public, so jiis cannot call it;"
            + " make it public");
  }

  @Test
  void onlyOtherConstructors_pointsAtTheClass() {
    TestSource source = audit("""
          public Audit(String settings) {}
          public Audit(ModuleContext... contexts) {}
        """);

    Expect.onlyError(compile(source), source, "class Audit",
        "[jiis.NoUsableConstructor] module class Audit has no constructor jiis can call; add 'public Audit()'"
            + " or 'public Audit(ModuleContext context)' (org.jiis.ModuleContext)");
  }

  @Test
  void checkedException_pointsAtTheConstructor() {
    TestSource source = audit("  public Audit() throws java.io.IOException {}");

    Expect.onlyError(compile(source), source, "Audit() throws",
        "[jiis.ConstructorThrows] constructor Audit() declares checked exception java.io.IOException, but jiis"
            + " creates the module inside IIS's RegisterModule where it has nowhere to go; handle it in the"
            + " constructor or throw an unchecked exception");
  }

  @Test
  void uncheckedExceptions_areFine() {
    TestSource source = audit("  public Audit() throws IllegalStateException, AssertionError {}");

    assertThat(compile(source).compilation()).succeededWithoutWarnings();
  }

  @Test
  void contextConstructor_isPreferredOverNoArgConstructor() {
    TestSource source = audit("""
          public Audit() {}
          public Audit(ModuleContext context) {}
        """);

    Outcome outcome = compile(source);

    assertThat(outcome.compilation()).succeededWithoutWarnings();
    assertThat(outcome.compilation()).generatedSourceFile("p.AuditDispatcher").contentsAsUtf8String()
        .contains("this.module = new Audit(context);");
  }

  @Test
  void implicitConstructor_isTheNoArgConstructor() {
    TestSource source = audit("");

    Outcome outcome = compile(source);

    assertThat(outcome.compilation()).succeededWithoutWarnings();
    assertThat(outcome.compilation()).generatedSourceFile("p.AuditDispatcher").contentsAsUtf8String()
        .contains("this.module = new Audit();");
  }
}
