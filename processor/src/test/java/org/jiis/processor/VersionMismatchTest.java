package org.jiis.processor;

import static org.jiis.processor.Compilations.compile;

import org.junit.jupiter.api.Test;

/**
 * A runtime newer than the processor: simulated by compiling a {@code GlobalEvent} and a {@code
 * Priority} with one constant more than the processor knows (javac prefers these sources to the
 * runtime's class files).
 */
class VersionMismatchTest {

  private static final TestSource NEWER_EVENTS = TestSource.of("org.jiis.GlobalEvent", """
      package org.jiis;

      public enum GlobalEvent { CACHE_CLEANUP, CACHE_OPERATION, SOMETHING_NEW }
      """);

  private static final TestSource NEWER_PRIORITIES = TestSource.of("org.jiis.Priority", """
      package org.jiis;

      public enum Priority { FIRST, HIGH, MEDIUM, LOW, LAST, HIGHEST }
      """);

  private static TestSource module(String annotation) {
    return TestSource.of("p.Audit", """
        package p;

        import org.jiis.*;

        %s
        public class Audit implements CacheCleanupListener {
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """.formatted(annotation));
  }

  @Test
  void unknownEvent_pointsAtTheEntry() {
    TestSource source = module(
        "@GlobalModule(events = {GlobalEvent.CACHE_CLEANUP, GlobalEvent.SOMETHING_NEW})");

    Expect.onlyError(compile(source, NEWER_EVENTS, NEWER_PRIORITIES), source, ".SOMETHING_NEW",
        "[jiis.VersionMismatch] this jiis processor does not know GlobalEvent.SOMETHING_NEW; use jiis-processor"
            + " and jiis-runtime of the same version");
  }

  @Test
  void unknownPriority_pointsAtTheValue() {
    TestSource source = module(
        "@GlobalModule(events = GlobalEvent.CACHE_CLEANUP, priority = Priority.HIGHEST)");

    Expect.onlyError(compile(source, NEWER_EVENTS, NEWER_PRIORITIES), source, ".HIGHEST",
        "[jiis.VersionMismatch] this jiis processor does not know Priority.HIGHEST; use jiis-processor and"
            + " jiis-runtime of the same version");
  }
}
