package org.jiis.examples.reliability;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.host.TerminatePhase;
import org.jiis.testkit.host.Termination;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Events after {@code Terminate}, and events racing it on other threads: no crash, and once
 * {@code Terminate} has returned every event passes through without reaching Java. The handler
 * answers {@code HANDLED} whenever it is called, so an event's status says whether Java ran.
 */
class TerminateIT {

  private static final String STOPPED =
      "The jiis module FaultyHandlers stopped; later events pass through.";

  @TempDir Path folder;

  @Test
  void eventsAfterTerminatePassThroughWithoutReachingJava() {
    HostReport report = HostSimulator.forModule(Modules.install(Modules.FAULTY_HANDLERS, folder))
        .scenario(Scenario.builder()
            .cacheOperation(CacheOperation.ADD, HandlerFaultsIT.user(FaultyHandlers.HANDLE))
            .terminate()
            .cacheOperation(CacheOperation.ADD, HandlerFaultsIT.user(FaultyHandlers.HANDLE))
            .cacheOperation(CacheOperation.ADD,
                HandlerFaultsIT.user(FaultyHandlers.THROW_RUNTIME_EXCEPTION))
            .cacheOperation(CacheOperation.ADD, HandlerFaultsIT.user(FaultyHandlers.EXIT))
            .build())
        .run();

    report.assertNoErrors();
    // Terminate stops the runtime but keeps the module object: it lives as long as the library, so
    // the events after Terminate below reach a live object, not freed memory.
    assertThat(report.terminations()).containsExactly(new Termination("FaultyHandlers", true, false));
    List<FiredEvent> events = report.events();
    assertThat(events.get(0).status()).hasValue(GlobalNotificationStatus.HANDLED);
    for (FiredEvent late : events.subList(1, events.size())) {
      assertThat(late.thread()).isEqualTo("main");
      assertThat(late.terminatePhase()).isEqualTo(TerminatePhase.AFTER);
      assertThat(late.status()).hasValue(GlobalNotificationStatus.CONTINUE);
    }
    // The last entry is the one saying so: the late events (one of them System.exit) ran no Java.
    List<String> messages = report.logMessages();
    assertThat(messages.get(messages.size() - 1)).isEqualTo(STOPPED);
    assertThat(HandlerFaultsIT.errorEntries(report)).isEmpty();
  }

  @Test
  void eventsRacingTerminateOnOtherThreadsReachJavaOnlyBeforeIt() {
    int threads = 3;
    int repeat = 3000;
    HostReport report = HostSimulator.forModule(Modules.install(Modules.FAULTY_HANDLERS, folder))
        .scenario(Scenario.builder()
            .threads(threads)
            .repeat(repeat)
            .terminateAfterEvents(1500)
            .cacheOperation(CacheOperation.ADD, HandlerFaultsIT.user(FaultyHandlers.HANDLE))
            .terminate()
            .cacheOperation(CacheOperation.ADD, HandlerFaultsIT.user(FaultyHandlers.HANDLE))
            .build())
        .run();

    report.assertNoErrors();
    assertThat(report.terminated()).isTrue();
    assertThat(report.summary().fired()).isEqualTo(threads * repeat + 1);
    assertThat(report.summary().delivered()).isEqualTo(threads * repeat + 1);
    long before = 0;
    long racing = 0;
    for (FiredEvent event : report.events()) {
      switch (event.terminatePhase()) {
        case BEFORE -> {
          assertThat(event.status()).hasValue(GlobalNotificationStatus.HANDLED);
          before++;
        }
        case AFTER -> {
          assertThat(event.status()).hasValue(GlobalNotificationStatus.CONTINUE);
          racing++;
        }
        case DURING -> {
          // Java may or may not have seen it: Terminate was under way.
          assertThat(event.status()).isPresent();
          racing++;
        }
      }
    }
    assertThat(before).isAtLeast(1500);
    assertThat(racing).isGreaterThan(0);
    assertThat(report.logMessages()).contains(STOPPED);
    assertThat(HandlerFaultsIT.errorEntries(report)).isEmpty();
  }
}
