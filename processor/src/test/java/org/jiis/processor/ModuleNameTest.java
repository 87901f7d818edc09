package org.jiis.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jiis.processor.Compilations.compile;

import org.jiis.processor.Compilations.Outcome;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The module name names Windows files (the module DLL, its settings) and generated types: a short
 * ASCII identifier, not a reserved device name, unique ignoring case.
 */
class ModuleNameTest {

  private static final String RULE = "a module name is 1 to 64 ASCII letters, digits or underscores, not starting"
      + " with a digit";

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

  private static TestSource named(String name) {
    return module("p.Audit", "@GlobalModule(name = \"" + name + "\", events = GlobalEvent.CACHE_CLEANUP)");
  }

  @ParameterizedTest
  @CsvSource(delimiter = '|', value = {
      "1Audit      | starts with a digit",
      "my-audit    | contains '-'",
      "my audit    | contains ' '",
      "Audité      | contains 'é'",
      "Audit.dll   | contains '.'"})
  void invalidName_pointsAtTheValue(String name, String problem) {
    TestSource source = named(name);

    Expect.onlyError(compile(source), source, "\"" + name + "\"",
        "[jiis.InvalidName] module name \"" + name + "\" " + problem + "; " + RULE + "; choose another name");
  }

  @Test
  void tooLongName() {
    String name = "A".repeat(65);
    TestSource source = named(name);

    Expect.onlyError(compile(source), source, "\"" + name + "\"",
        "[jiis.InvalidName] module name \"" + name + "\" is 65 characters long; " + RULE);
  }

  @Test
  void longestAndShortestNames_areValid() {
    Outcome longest = compile(named("_" + "a1".repeat(31) + "Z"));
    Outcome shortest = compile(named("_"));

    assertThat(longest.compilation()).succeededWithoutWarnings();
    assertThat(shortest.compilation()).succeededWithoutWarnings();
    assertThat(shortest.compilation()).generatedSourceFile("p._Dispatcher").contentsAsUtf8String()
        .contains("MODULE_NAME = \"_\";");
  }

  @Test
  void defaultNameFromAnInvalidClassName_pointsAtTheAnnotation() {
    TestSource source = module("p.Audit$Log", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)");

    Expect.onlyError(compile(source), source, "@GlobalModule",
        "[jiis.InvalidName] the default module name, the simple name of class \"Audit$Log\", contains '$'; "
            + RULE + "; set @GlobalModule(name = \"...\")");
  }

  @ParameterizedTest
  @ValueSource(strings = {"CON", "con", "Prn", "aUx", "NUL", "COM1", "com9", "LPT1", "Lpt9"})
  void reservedName(String name) {
    TestSource source = named(name);

    Expect.onlyError(compile(source), source, "\"" + name + "\"",
        "[jiis.ReservedName] module name \"" + name + "\" is the Windows reserved device name "
            + name.toUpperCase(java.util.Locale.ROOT) + ", which cannot name the module's DLL; choose another name");
  }

  @ParameterizedTest
  @ValueSource(strings = {"COM0", "LPT10", "CONSOLE", "NULL", "AUX_"})
  void namesThatOnlyLookReserved_areValid(String name) {
    assertThat(compile(named(name)).compilation()).succeededWithoutWarnings();
  }

  @Test
  void reservedDefaultName_pointsAtTheAnnotation() {
    TestSource source = module("p.Aux", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)");

    Expect.onlyError(compile(source), source, "@GlobalModule",
        "[jiis.ReservedName] the default module name, the simple name of class \"Aux\", is the Windows reserved"
            + " device name AUX, which cannot name the module's DLL; set @GlobalModule(name = \"...\")");
  }

  @Test
  void duplicateNameIgnoringCase_pointsAtTheSecondModule() {
    TestSource first = module("p.Audit", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)");
    TestSource second = module("q.Other", "@GlobalModule(name = \"AUDIT\", events = GlobalEvent.CACHE_CLEANUP)");

    Outcome outcome = compile(first, second);

    Expect.error(outcome, second, "\"AUDIT\"",
        "[jiis.DuplicateName] module name \"AUDIT\" is already used by module \"Audit\" (class p.Audit); module"
            + " names must differ ignoring case because they name Windows files; choose another one with"
            + " @GlobalModule(name = \"...\")");
    Expect.errors(outcome, 1);
    assertThat(outcome.generated()).hasSize(1);
    assertThat(outcome.generated().get(0).canonicalName()).isEqualTo("p.Audit");
  }

  @Test
  void duplicateDefaultNames_inTwoPackages() {
    TestSource first = module("p.Audit", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)");
    TestSource second = module("q.Audit", "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)");

    Outcome outcome = compile(first, second);

    Expect.error(outcome, second, "@GlobalModule",
        "[jiis.DuplicateName] module name \"Audit\" is already used by module \"Audit\" (class p.Audit)");
    Expect.errors(outcome, 1);
  }

  @Test
  void dispatcherNameTakenByASourceType() {
    TestSource source = module("p.Audit", "@GlobalModule(name = \"Log\", events = GlobalEvent.CACHE_CLEANUP)");
    TestSource taken = TestSource.of("p.LogDispatcher", """
        package p;

        public class LogDispatcher {}
        """);

    Expect.onlyError(compile(source, taken), source, "\"Log\"",
        "[jiis.DispatcherClash] jiis generates p.LogDispatcher for module Log, but the sources already declare"
            + " p.LogDispatcher; rename that type or choose another module name");
  }

  @Test
  void dispatcherNameTakenByTheModuleClassItself() {
    TestSource source = module("p.AuditDispatcher",
        "@GlobalModule(name = \"Audit\", events = GlobalEvent.CACHE_CLEANUP)");

    Expect.onlyError(compile(source), source, "\"Audit\"", "[jiis.DispatcherClash] jiis generates p.AuditDispatcher");
  }

  @Test
  void explicitName_namesTheDispatcher() {
    Outcome outcome = compile(named("TokenAudit"));

    assertThat(outcome.compilation()).succeededWithoutWarnings();
    assertThat(outcome.compilation()).generatedSourceFile("p.TokenAuditDispatcher").contentsAsUtf8String()
        .contains("MODULE_NAME = \"TokenAudit\";");
  }
}
