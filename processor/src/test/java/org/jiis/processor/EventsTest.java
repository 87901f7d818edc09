package org.jiis.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.jiis.processor.Compilations.compile;

import org.jiis.processor.Compilations.Outcome;
import org.jiis.processor.model.EventKind;
import org.junit.jupiter.api.Test;

/** {@code events}: at least one, each once, and exactly the implemented listeners. */
class EventsTest {

  private static final String BOTH_LISTENERS = """
      public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
      public GlobalNotificationStatus onCacheOperation(org.jiis.cache.CacheProvider provider) {
        return GlobalNotificationStatus.CONTINUE;
      }
      """;

  private static TestSource audit(String annotation, String implementsClause, String body) {
    return TestSource.of("p.Audit", """
        package p;

        import static org.jiis.GlobalEvent.*;

        import org.jiis.*;

        %s
        public class Audit%s {
        %s
        }
        """.formatted(annotation, implementsClause, body));
  }

  @Test
  void noEvents() {
    TestSource source = audit("@GlobalModule(events = {})", "", "");

    Expect.onlyError(compile(source), source, "{})",
        "[jiis.NoEvents] events is empty, so IIS would never call module class Audit; list at least one"
            + " GlobalEvent");
  }

  @Test
  void duplicateEvent_pointsAtTheSecondEntry() {
    TestSource source = audit("@GlobalModule(events = {CACHE_CLEANUP, CACHE_OPERATION, CACHE_CLEANUP })",
        " implements CacheCleanupListener, CacheOperationListener", BOTH_LISTENERS);

    Expect.onlyError(compile(source), source, "CACHE_CLEANUP })",
        "[jiis.DuplicateEvent] CACHE_CLEANUP is already listed in events; remove this entry");
  }

  @Test
  void missingListener_pointsAtTheEvent() {
    TestSource source = audit("@GlobalModule(events = {CACHE_CLEANUP, CACHE_OPERATION})",
        " implements CacheCleanupListener", BOTH_LISTENERS);

    Expect.onlyError(compile(source), source, "CACHE_OPERATION})",
        "[jiis.MissingListener] events lists CACHE_OPERATION but Audit does not implement"
            + " org.jiis.CacheOperationListener; add 'implements CacheOperationListener' to Audit or remove"
            + " CACHE_OPERATION from events");
  }

  @Test
  void missingListener_singleValueWithoutBraces() {
    TestSource source = audit("@GlobalModule(events = CACHE_OPERATION)", "", BOTH_LISTENERS);

    Expect.onlyError(compile(source), source, "CACHE_OPERATION)", "[jiis.MissingListener]");
  }

  @Test
  void unlistedListener_pointsAtEvents() {
    TestSource source = audit("@GlobalModule(events = {CACHE_OPERATION})",
        " implements CacheCleanupListener, CacheOperationListener", BOTH_LISTENERS);

    Expect.onlyError(compile(source), source, "{CACHE_OPERATION})",
        "[jiis.UnlistedListener] Audit implements org.jiis.CacheCleanupListener but events does not list"
            + " CACHE_CLEANUP, so IIS would never call onCacheCleanup; add CACHE_CLEANUP to events or stop"
            + " implementing CacheCleanupListener");
  }

  @Test
  void listenerInheritedFromASuperclass_counts() {
    TestSource base = TestSource.of("p.Base", """
        package p;

        import org.jiis.*;

        public abstract class Base implements CacheCleanupListener {
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """);
    TestSource withEvent = audit("@GlobalModule(events = CACHE_CLEANUP)", " extends Base", "");
    TestSource withoutEvent = TestSource.of("q.Other", """
        package q;

        import org.jiis.*;

        @GlobalModule(events = GlobalEvent.CACHE_OPERATION)
        public class Other extends p.Base implements CacheOperationListener {
          public GlobalNotificationStatus onCacheOperation(org.jiis.cache.CacheProvider provider) {
            return GlobalNotificationStatus.CONTINUE;
          }
        }
        """);

    Outcome outcome = compile(base, withEvent, withoutEvent);

    // javac places a qualified name's position at its last dot.
    Expect.error(outcome, withoutEvent, ".CACHE_OPERATION)",
        "[jiis.UnlistedListener] Other implements org.jiis.CacheCleanupListener");
    Expect.errors(outcome, 1);
    assertThat(outcome.generated()).hasSize(1);
    assertThat(outcome.generated().get(0).canonicalName()).isEqualTo("p.Audit");
  }

  /** Each notification alone, its listener implemented: a valid module with one dispatcher hook. */
  @Test
  void everyEventIsAcceptedWithItsListener() {
    for (EventKind event : EventKind.values()) {
      String listener = event.listenerInterface();
      String parameters = event.listenerParameters().stream()
          .map(parameter -> parameter.typeName() + " " + parameter.name())
          .reduce((a, b) -> a + ", " + b)
          .orElse("");
      TestSource source = audit("@GlobalModule(events = " + event.name() + ")", " implements " + listener,
          "public GlobalNotificationStatus " + event.listenerMethod() + "(" + parameters + ") {"
              + " return GlobalNotificationStatus.HANDLED; }");

      Outcome outcome = compile(source);

      assertThat(outcome.compilation()).succeededWithoutWarnings();
      assertThat(outcome.generated()).hasSize(1);
    }
  }

  @Test
  void unlistedListenerOfAnyEvent_isReported() {
    TestSource source = audit("@GlobalModule(events = {HEALTH_CHECK})",
        " implements HealthCheckListener, FileChangeListener",
        """
        public GlobalNotificationStatus onHealthCheck() { return GlobalNotificationStatus.CONTINUE; }
        public GlobalNotificationStatus onFileChange(org.jiis.event.FileChangeProvider provider) {
          return GlobalNotificationStatus.CONTINUE;
        }
        """);

    Expect.onlyError(compile(source), source, "{HEALTH_CHECK})",
        "[jiis.UnlistedListener] Audit implements org.jiis.FileChangeListener but events does not list"
            + " FILE_CHANGE, so IIS would never call onFileChange; add FILE_CHANGE to events or stop"
            + " implementing FileChangeListener");
  }

  @Test
  void everyEventErrorOfAModuleIsReported() {
    TestSource source = audit(
        "@GlobalModule(events = {CACHE_OPERATION, SUSPEND_PROCESS, CACHE_OPERATION })",
        " implements CacheCleanupListener", BOTH_LISTENERS);

    Outcome outcome = compile(source);

    Expect.error(outcome, source, "CACHE_OPERATION, SUSPEND_PROCESS", "[jiis.MissingListener]");
    Expect.error(outcome, source, "SUSPEND_PROCESS,",
        "[jiis.MissingListener] events lists SUSPEND_PROCESS but Audit does not implement"
            + " org.jiis.SuspendProcessListener");
    Expect.error(outcome, source, "CACHE_OPERATION })", "[jiis.DuplicateEvent]");
    Expect.error(outcome, source, "{CACHE_OPERATION", "[jiis.UnlistedListener]");
    Expect.errors(outcome, 4);
    Expect.nothingGenerated(outcome);
  }

  /** javac reports the misspelt constant; the processor adds nothing and generates nothing. */
  @Test
  void unresolvedEvent_isLeftToJavac() {
    TestSource source = audit("@GlobalModule(events = {CACHE_CLEANUP, CACHE_CLEANUPP})",
        " implements CacheCleanupListener", BOTH_LISTENERS.lines().limit(1).reduce("", String::concat));

    Outcome outcome = compile(source);

    // The wording is javac's and varies between JDKs; its position does not.
    assertThat(outcome.compilation()).hadErrorContaining("").inFile(source.file())
        .onLine(source.lineOf("CACHE_CLEANUPP"));
    Expect.jiisErrors(outcome.compilation(), 0);
    Expect.nothingGenerated(outcome);
  }

  @Test
  void missingEvents_isLeftToJavac() {
    TestSource source = audit("@GlobalModule(name = \"Audit\")", " implements CacheCleanupListener",
        BOTH_LISTENERS.lines().limit(1).reduce("", String::concat));

    Outcome outcome = compile(source);

    assertThat(outcome.compilation()).hadErrorContaining("events");
    Expect.jiisErrors(outcome.compilation(), 0);
    Expect.nothingGenerated(outcome);
  }
}
