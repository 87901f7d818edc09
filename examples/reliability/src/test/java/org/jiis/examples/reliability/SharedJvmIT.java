package org.jiis.examples.reliability;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;
import org.jiis.testkit.host.CacheEntry;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two jiis modules in one worker process: the first starts the JVM, the second joins it (and says
 * so), and both get their events, in load order, until one handles an event.
 */
class SharedJvmIT {

  private static final Pattern COUNTS = Pattern.compile(
      "MixedLoad counts: tokens=(\\d+) files=(\\d+) uris=(\\d+) retained=(\\d+) failures=(\\d+)");

  @TempDir Path folder;

  @Test
  void theSecondModuleJoinsTheFirstOnesJvmAndBothGetTheirEvents() {
    Path faulty = Modules.install(Modules.FAULTY_HANDLERS, folder);
    Path load = Modules.install(Modules.MIXED_LOAD, folder);
    int repeat = 20;

    HostReport report = HostSimulator.forModules(List.of(faulty, load))
        .scenario(Scenario.builder()
            .threads(2)
            .repeat(repeat)
            .cacheOperation(CacheOperation.RETRIEVE, HandlerFaultsIT.user("alice"))
            .cacheOperation(CacheOperation.ADD, HandlerFaultsIT.user(FaultyHandlers.HANDLE))
            .cacheOperation(CacheOperation.ADD, CacheEntry.file("C:\\inetpub\\wwwroot\\a.htm"))
            .afterWorkers()
            .cacheCleanup()
            .build())
        .run();

    report.assertNoErrors();
    assertThat(report.summary().registeredModules()).isEqualTo(2);
    List<String> starts = report.logEntries().stream()
        .filter(entry -> entry.level() == LogLevel.INFO)
        .map(LogEntry::message)
        .filter(message -> message.startsWith("The jiis module "))
        .filter(message -> message.contains(" started: it "))
        .toList();
    String jvm = Path.of(System.getProperty("java.home"), "lib", "server", "libjvm.so").toString();
    assertThat(starts).hasSize(2);
    assertThat(starts.get(0)).startsWith(
        "The jiis module FaultyHandlers started: it created the JVM from " + jvm + " with options:");
    assertThat(starts.get(1)).isEqualTo(
        "The jiis module MixedLoad started: it joined the JVM already running in this process"
            + " (the JVM library already loaded in this process); events enter Java through "
            + expectedUpcalls() + ".");
    // The joiner's own JVM settings (the test settings name java.home) cannot apply: it warns.
    assertThat(messagesOf(report, "MixedLoad", LogLevel.WARNING)).containsExactly(
        "The JVM was already running in this process (started by another module), so this module"
            + " joined it and its jvm.library, java.home, jvm.option and jvm.xrs settings have no"
            + " effect.");

    int perModule = 2 * repeat * 3;
    List<FiredEvent> faultyEvents = report.eventsOf("FaultyHandlers");
    List<FiredEvent> loadEvents = report.eventsOf("MixedLoad");
    // FaultyHandlers takes cache operations only; MixedLoad cache operations and the cleanup.
    assertThat(faultyEvents.stream().filter(FiredEvent::delivered).count()).isEqualTo(perModule);
    assertThat(count(faultyEvents, GlobalNotificationStatus.HANDLED)).isEqualTo(2 * repeat);
    // FaultyHandlers handles the HANDLE events, so MixedLoad never sees those.
    assertThat(loadEvents.stream().filter(FiredEvent::skippedAfterHandled).count())
        .isEqualTo(2 * repeat);
    assertThat(loadEvents.stream().filter(FiredEvent::delivered).count())
        .isEqualTo(perModule - 2 * repeat + 1);
    Matcher counts = COUNTS.matcher(String.join("\n", messagesOf(report, "MixedLoad", LogLevel.INFO)));
    assertThat(counts.find()).isTrue();
    assertThat(counts.group(1)).isEqualTo(String.valueOf(2 * repeat));
    assertThat(counts.group(2)).isEqualTo(String.valueOf(2 * repeat));
    assertThat(report.terminations().stream().allMatch(t -> t.returned())).isTrue();
    assertThat(report.terminations()).hasSize(2);
  }

  private static long count(List<FiredEvent> events, GlobalNotificationStatus status) {
    return events.stream().filter(event -> event.status().equals(java.util.Optional.of(status))).count();
  }

  private static List<String> messagesOf(HostReport report, String source, LogLevel level) {
    return report.logEntries().stream()
        .filter(entry -> source.equals(entry.source()) && entry.level() == level)
        .map(LogEntry::message)
        .toList();
  }

  /** How events enter Java on the JVM these tests run (and start the modules) on. */
  private static String expectedUpcalls() {
    int release = Runtime.version().feature();
    return release >= 22
        ? "foreign-function upcalls"
        : "JNI upcalls (this JVM is Java " + release + " and foreign-function upcalls need Java 22 or later)";
  }
}
