package org.jiis.examples.reliability;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.host.CacheEntry;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.HostSimulatorException;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.host.TokenCacheEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Handlers that throw, overflow their stack or end the process, run by the IIS host simulator on
 * its 512 KB threads: nothing escapes the module, each failure is in the event log with its stack
 * trace, and the next event works.
 */
class HandlerFaultsIT {

  private static final String CONTAINED =
      "Module FaultyHandlers: the CACHE_OPERATION handler threw %s; the event continues"
          + " (GL_NOTIFICATION_CONTINUE).";
  private static final String HANDLER_FRAME =
      "\tat jiis-FaultyHandlers//org.jiis.examples.reliability.FaultyHandlers.";

  @TempDir Path folder;

  @Test
  void exceptionsErrorsAndStackOverflowAreLoggedAndTheNextEventWorks() {
    HostReport report = HostSimulator.forModule(Modules.install(Modules.FAULTY_HANDLERS, folder))
        .scenario(Scenario.builder()
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.THROW_RUNTIME_EXCEPTION))
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.THROW_ERROR))
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.OVERFLOW_STACK))
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.HANDLE))
            .build())
        .run();

    report.assertNoErrors();
    assertThat(report.start().get().threadStackBytes()).isEqualTo(512 * 1024);
    assertThat(report.events().stream().map(FiredEvent::status).toList()).containsExactly(
        Optional.of(GlobalNotificationStatus.CONTINUE),
        Optional.of(GlobalNotificationStatus.CONTINUE),
        Optional.of(GlobalNotificationStatus.CONTINUE),
        Optional.of(GlobalNotificationStatus.HANDLED)).inOrder();

    List<LogEntry> failures = errorEntries(report);
    assertThat(failures).hasSize(3);
    assertContained(failures.get(0), 0, "java.lang.IllegalStateException",
        "java.lang.IllegalStateException: FaultyHandlers fails on purpose\n"
            + HANDLER_FRAME + "onCacheOperation(FaultyHandlers.java:");
    assertContained(failures.get(1), 1, "java.lang.Error",
        "java.lang.Error: FaultyHandlers throws an Error on purpose\n"
            + HANDLER_FRAME + "onCacheOperation(FaultyHandlers.java:");
    assertContained(failures.get(2), 2, "java.lang.StackOverflowError",
        "java.lang.StackOverflowError\n" + HANDLER_FRAME + "recurse(FaultyHandlers.java:");
    assertThat(report.terminated()).isTrue();
  }

  @Test
  void theSameThreadSurvivesRepeatedStackOverflows() {
    HostReport report = HostSimulator.forModule(Modules.install(Modules.FAULTY_HANDLERS, folder))
        .scenario(Scenario.builder()
            .repeat(5)
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.OVERFLOW_STACK))
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.HANDLE))
            .build())
        .run();

    report.assertNoErrors();
    assertThat(report.summary().continued()).isEqualTo(5);
    assertThat(report.summary().handled()).isEqualTo(5);
    assertThat(errorEntries(report)).hasSize(5);
    for (LogEntry entry : errorEntries(report)) {
      assertThat(entry.message()).startsWith(String.format(CONTAINED, "java.lang.StackOverflowError"));
    }
  }

  @Test
  void anExhaustedHeapAndAnUndescribableExceptionAreContainedToo() {
    Path module = Modules.settings()
        .jvmOption("-Xmx32m")
        .installCopy(BuiltModules.library(Modules.FAULTY_HANDLERS), folder);

    HostReport report = HostSimulator.forModule(module)
        .scenario(Scenario.builder()
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.EXHAUST_HEAP))
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.HANDLE))
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.THROW_UNPRINTABLE))
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.HANDLE))
            .build())
        .run();

    report.assertNoErrors();
    assertThat(report.events().stream().map(FiredEvent::status).toList()).containsExactly(
        Optional.of(GlobalNotificationStatus.CONTINUE),
        Optional.of(GlobalNotificationStatus.HANDLED),
        Optional.of(GlobalNotificationStatus.CONTINUE),
        Optional.of(GlobalNotificationStatus.HANDLED)).inOrder();
    List<LogEntry> failures = errorEntries(report);
    assertThat(failures).hasSize(2);
    assertContained(failures.get(0), 0, "java.lang.OutOfMemoryError",
        "java.lang.OutOfMemoryError: Java heap space\n" + HANDLER_FRAME + "exhaustHeap(");
    // Its toString throws, so its stack trace cannot be printed: the entry says so and gives the
    // frames, which need no message.
    assertThat(failures.get(1).message()).startsWith(String.format(CONTAINED,
            "org.jiis.examples.reliability.FaultyHandlers$Unprintable")
        + " Its stack trace could not be written: java.lang.IllegalStateException\n"
        + HANDLER_FRAME + "onCacheOperation(FaultyHandlers.java:");
  }

  @Test
  void anInterruptLeftOnTheIisThreadDoesNotReachTheNextEvent() {
    HostReport report = HostSimulator.forModule(Modules.install(Modules.FAULTY_HANDLERS, folder))
        .scenario(Scenario.builder()
            .repeat(3)
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.INTERRUPT))
            .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.CHECK_INTERRUPT))
            .build())
        .run();

    report.assertNoErrors();
    // CHECK_INTERRUPT answers HANDLED only on a thread that is not interrupted.
    assertThat(report.summary().handled()).isEqualTo(3);
    assertThat(report.summary().continued()).isEqualTo(3);
    assertThat(report.logMessages(LogLevel.ERROR)).isEmpty();
  }

  @Test
  void systemExitEndsTheWorkerProcessLoudly() {
    HostSimulatorException e = assertThrows(HostSimulatorException.class,
        () -> HostSimulator.forModule(Modules.install(Modules.FAULTY_HANDLERS, folder))
            .scenario(Scenario.builder()
                .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.EXIT))
                .cacheOperation(CacheOperation.ADD, user(FaultyHandlers.HANDLE))
                .build())
            .run());

    // The process ends with the code the handler passed: the report has no summary, and the
    // event that called System.exit never returned.
    assertThat(e.exitStatus()).hasValue(FaultyHandlers.EXIT_STATUS);
    assertThat(e).hasMessageThat().contains(
        "stopped before finishing its report (exit code " + FaultyHandlers.EXIT_STATUS + ")");
    HostReport partial = e.partialReport().get();
    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.registration().succeeded()).isTrue();
    assertThat(partial.events()).isEmpty();
    // First the module's own witness names the call, then the JVM's exit hook the exit code.
    List<LogEntry> entries = errorEntries(partial);
    assertThat(entries).hasSize(2);
    assertThat(entries.get(0).source()).isEqualTo("FaultyHandlers");
    assertThat(entries.get(0).message()).startsWith("Module FaultyHandlers: code running in this"
        + " module called System.exit on thread \"IIS worker (jiis FaultyHandlers)\", which ends"
        + " the IIS worker process (a module must never call it). The call:\n"
        + HANDLER_FRAME + "onCacheOperation(FaultyHandlers.java:");
    assertThat(entries.get(1).message()).isEqualTo(
        "The JVM is ending this process with exit code " + FaultyHandlers.EXIT_STATUS
            + ", which stops the IIS worker process. Code running in the JVM called System.exit"
            + " or Runtime.halt (a module must never do that), or the JVM shut down. Look for the"
            + " cause in the entries before this one.");
  }

  private static void assertContained(
      LogEntry entry, long sequence, String throwable, String stackTraceStart) {
    assertThat(entry.thread()).isEqualTo("worker-1");
    assertThat(entry.during()).isEqualTo("OnGlobalCacheOperation");
    assertThat(entry.eventSequence()).isEqualTo(sequence);
    assertThat(entry.message()).startsWith(String.format(CONTAINED, throwable) + "\n" + stackTraceStart);
  }

  static List<LogEntry> errorEntries(HostReport report) {
    return report.logEntries().stream().filter(entry -> entry.level() == LogLevel.ERROR).toList();
  }

  static TokenCacheEntry user(String name) {
    return CacheEntry.token().userName(name);
  }
}
