package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The parts of a run around the events: Terminate after and during them, worker threads that come
 * and go, several modules in one process, and the memory samples, with the hand-written test
 * module (which deletes its CGlobalModule in Terminate, as IIS's samples do).
 */
class HostLifecycleTest {

  @TempDir Path folder;

  @Test
  void eventsAfterTheWorkersComeOnceOnMainBeforeTerminate() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .threads(2)
                    .repeat(3)
                    .cacheOperation(CacheOperation.ADD, CacheEntry.token())
                    .afterWorkers()
                    .cacheCleanup()
                    .build())
            .run();

    report.assertNoErrors();
    List<FiredEvent> cleanups = report.events(GlobalEvent.CACHE_CLEANUP);
    assertThat(cleanups).hasSize(1);
    assertThat(cleanups.get(0).thread()).isEqualTo("main");
    assertThat(cleanups.get(0).sequence()).isEqualTo(6);
    assertThat(cleanups.get(0).terminatePhase()).isEqualTo(TerminatePhase.BEFORE);
    List<String> messages = report.logMessages();
    assertThat(messages.indexOf("cache cleanup")).isLessThan(messages.indexOf("terminate"));
    assertThat(report.lines().indexOf(report.lines().stream()
            .filter(line -> line.contains("\"point\":\"workers-done\"")).findFirst().get()))
        .isLessThan(indexOfLine(report, "\"type\":\"event\"", "\"thread\":\"main\""));
  }

  @Test
  void eventsAfterTerminateGoToTheDeletedModuleOnMain() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .cacheOperation(CacheOperation.ADD, CacheEntry.token().userName("early"))
                    .terminate()
                    .cacheOperation(CacheOperation.ADD, CacheEntry.token().userName("late"))
                    .cacheCleanup()
                    .build())
            .run();

    report.assertNoErrors();
    assertThat(report.terminations()).containsExactly(new Termination("test_module", true, true));
    List<FiredEvent> events = report.events();
    assertThat(events).hasSize(3);
    assertThat(events.get(0).thread()).isEqualTo("worker-1");
    assertThat(events.get(0).terminatePhase()).isEqualTo(TerminatePhase.BEFORE);
    for (FiredEvent late : events.subList(1, 3)) {
      assertThat(late.thread()).isEqualTo("main");
      assertThat(late.terminatePhase()).isEqualTo(TerminatePhase.AFTER);
      assertThat(late.delivered()).isTrue();
      assertThat(late.status()).hasValue(GlobalNotificationStatus.CONTINUE);
    }
    assertThat(report.events(GlobalEvent.CACHE_CLEANUP).get(0).step()).isEqualTo(2);
    // The module's log: its Terminate, then what the late events made it write.
    List<String> messages = report.logMessages();
    List<String> afterTerminate = messages.subList(messages.indexOf("terminate") + 1, messages.size());
    assertThat(afterTerminate).hasSize(2);
    assertThat(afterTerminate.get(0)).endsWith("user=late logon=3");
    assertThat(afterTerminate.get(1)).isEqualTo("cache cleanup");
  }

  @Test
  void terminateRacesTheWorkersAfterTheGivenNumberOfEvents() {
    int threads = 2;
    int repeat = 200;
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .threads(threads)
                    .repeat(repeat)
                    .terminateAfterEvents(20)
                    .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.token())
                    .build())
            .run();

    report.assertNoErrors();
    assertThat(report.start().get().terminateAfterEvents()).hasValue(20);
    assertThat(report.terminated()).isTrue();
    assertThat(report.events()).hasSize(threads * repeat);
    // The worker that fired the 20th event waits for Terminate to begin, so its next events
    // race Terminate or follow it, however fast the others were.
    long before = count(report, TerminatePhase.BEFORE);
    long racing = count(report, TerminatePhase.DURING) + count(report, TerminatePhase.AFTER);
    assertThat(before).isAtLeast(20);
    assertThat(racing).isGreaterThan(0);
    assertThat(before + racing).isEqualTo(threads * repeat);
    assertThat(report.summary().delivered()).isEqualTo(threads * repeat);
    // The terminate line is written after the event lines of every event that began before it.
    int terminateLine = indexOfLine(report, "\"type\":\"terminate\"");
    for (FiredEvent event : report.events()) {
      if (event.terminatePhase() == TerminatePhase.AFTER) {
        // Written when the module returned, which was after Terminate had returned.
        assertThat(indexOfEventLine(report, event.sequence())).isGreaterThan(terminateLine);
      }
    }
  }

  @Test
  void workerThreadsEndAndNewOnesTakeOverWithATurnover() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .threads(2)
                    .repeat(7)
                    .threadTurnover(2)
                    .cacheCleanup()
                    .build())
            .run();

    report.assertNoErrors();
    // 7 repetitions in threads of 2: four generations of two threads.
    assertThat(report.summary().workerThreads()).isEqualTo(8);
    assertThat(report.start().get().threadTurnover()).isEqualTo(2);
    assertThat(report.eventsOnThread("worker-1")).hasSize(7);
    assertThat(report.eventsOnThread("worker-2")).hasSize(7);
    MemorySample registered = report.memorySamples("registered").get(0);
    MemorySample workersDone = report.memorySamples("workers-done").get(0);
    assertThat(workersDone.processThreads()).isEqualTo(registered.processThreads());
  }

  @Test
  void withoutTurnoverEachWorkerIsOneThread() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(Scenario.builder().threads(3).repeat(4).cacheCleanup().build())
            .run();

    assertThat(report.summary().workerThreads()).isEqualTo(3);
  }

  @Test
  void twoModulesShareTheProcessAndEachGetsEveryEventUntilOneHandlesIt() throws IOException {
    Path first = TestModules.testModule();
    Path second = Files.copy(first, folder.resolve("second_module.so"));

    HostReport report =
        HostSimulator.forModules(List.of(first, second))
            .scenario(
                Scenario.builder()
                    .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.token())
                    .cacheOperation(CacheOperation.DELETE, CacheEntry.token())
                    .build())
            .run();

    report.assertNoErrors();
    assertThat(report.registrations().stream().map(Registration::moduleName).toList())
        .containsExactly("test_module", "second_module")
        .inOrder();
    assertThat(report.registration("second_module").succeeded()).isTrue();
    assertThat(report.start().get().moduleNames())
        .containsExactly("test_module", "second_module")
        .inOrder();
    assertThat(report.summary().modules()).isEqualTo(2);
    assertThat(report.summary().registeredModules()).isEqualTo(2);
    assertThat(report.summary().fired()).isEqualTo(2);
    // RETRIEVE reaches both; the first answers DELETE with HANDLED, so the second never sees it.
    assertThat(report.summary().delivered()).isEqualTo(3);
    FiredEvent skipped = report.eventsOf("second_module").get(1);
    assertThat(skipped.operation()).isEqualTo(CacheOperation.DELETE);
    assertThat(skipped.delivered()).isFalse();
    assertThat(skipped.skippedAfterHandled()).isTrue();
    assertThat(report.eventsOf("second_module").get(0).delivered()).isTrue();
    assertThat(report.terminations().stream().map(Termination::moduleName).toList())
        .containsExactly("test_module", "second_module")
        .inOrder();
    assertThat(report.summary().terminatedModules()).isEqualTo(2);
    // Each registration's calls are attributed to their module.
    assertThat(report.registrationCalls("SetGlobalNotifications").stream()
            .map(RegistrationCall::moduleName).toList())
        .containsExactly("test_module", "second_module")
        .inOrder();
  }

  @Test
  void oneModuleThatCannotLoadLeavesTheOtherRunning() {
    Path missing = folder.resolve("missing_module.so");

    HostReport report =
        HostSimulator.forModules(List.of(missing, TestModules.testModule()))
            .scenario(Scenario.builder().cacheCleanup().build())
            .run();

    assertThat(report.errors("module-load")).hasSize(1);
    assertThat(report.summary().registered()).isFalse();
    assertThat(report.summary().registeredModules()).isEqualTo(1);
    assertThat(report.events()).hasSize(1);
    assertThat(report.events().get(0).moduleName()).isEqualTo("test_module");
    assertThat(report.terminated()).isTrue();
  }

  @Test
  void memoryIsSampledEveryGivenNumberOfEventsAndAtTheFixedPoints() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(Scenario.builder().repeat(9).memoryEvery(4).cacheCleanup().build())
            .run();

    assertThat(report.memorySamples().stream().map(MemorySample::point).toList())
        .containsExactly("registered", "events", "events", "workers-done", "end")
        .inOrder();
    assertThat(report.memorySamples("events").stream().map(MemorySample::fired).toList())
        .containsExactly(4L, 8L)
        .inOrder();
    for (MemorySample sample : report.memorySamples()) {
      assertThat(sample.residentBytes()).isGreaterThan(1024L * 1024);
      assertThat(sample.processThreads()).isAtLeast(2L);
    }
  }

  @Test
  void withoutEventLinesTheSummaryStillCountsEveryEvent() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .threads(2)
                    .repeat(50)
                    .eventLines(false)
                    .cacheOperation(CacheOperation.DELETE, CacheEntry.uri("/x"))
                    .cacheCleanup()
                    .build())
            .run();

    report.assertNoErrors();
    assertThat(report.events()).isEmpty();
    assertThat(report.start().get().eventLines()).isFalse();
    HostSummary summary = report.summary();
    assertThat(summary.fired()).isEqualTo(200);
    assertThat(summary.delivered()).isEqualTo(200);
    assertThat(summary.handled()).isEqualTo(100);
    assertThat(summary.continued()).isEqualTo(100);
  }

  @Test
  void logEntriesSayWhenTheyWereWritten() {
    long before = System.nanoTime();
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(Scenario.builder().repeat(20).cacheOperation(CacheOperation.ADD).build())
            .run();
    long runMillis = (System.nanoTime() - before) / 1_000_000;

    List<Long> times = report.logEntries().stream().map(LogEntry::elapsedMillis).toList();
    assertThat(times).hasSize(22);
    assertThat(times).isInOrder();
    assertThat(times.get(0)).isAtLeast(0L);
    assertThat(times.get(times.size() - 1)).isAtMost(runMillis);
  }

  @Test
  void aModuleNameCannotNameSeveralModules() throws IOException {
    Path second = Files.copy(TestModules.testModule(), folder.resolve("second_module.so"));

    HostSimulatorException e =
        assertThrows(
            HostSimulatorException.class,
            () -> HostSimulator.forModules(List.of(TestModules.testModule(), second))
                .scenario(Scenario.builder().moduleName("Both").build())
                .run());

    assertThat(e).hasMessageThat().contains("'module-name' names one module, but 2 were given");
    assertThat(e.exitStatus()).hasValue(2);
  }

  private static long count(HostReport report, TerminatePhase phase) {
    return report.events().stream().filter(event -> event.terminatePhase() == phase).count();
  }

  private static int indexOfLine(HostReport report, String... fragments) {
    List<String> lines = report.lines();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      if (List.of(fragments).stream().allMatch(line::contains)) {
        return i;
      }
    }
    throw new AssertionError("No report line contains " + List.of(fragments));
  }

  private static int indexOfEventLine(HostReport report, long sequence) {
    return indexOfLine(report, "\"type\":\"event\"", "\"sequence\":" + sequence + ",");
  }
}
