package org.jiis.examples.reliability;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiis.cache.CacheOperation;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A handler that fails on every event, for seconds: the event log gets at most
 * {@value #PER_SECOND} failure entries per second and, for the rest, lines counting how many were
 * suppressed, so that not one failure goes uncounted.
 */
class LogFloodIT {

  /** The runtime's limit (NativeModule.FAILURE_ENTRIES_PER_SECOND). */
  private static final int PER_SECOND = 10;
  private static final Pattern SUPPRESSED = Pattern.compile(
      "Module FaultyHandlers: suppressed (\\d+) log entr(?:y|ies) \\(more than 10 in one second\\)");

  @TempDir Path folder;

  @Test
  void aHandlerFailingOnEveryEventWritesABoundedNumberOfLinesPerSecond() {
    // About 1 ms per failure: some seconds of steady failures.
    int failures = 2500;
    HostReport report = HostSimulator.forModule(Modules.install(Modules.FAULTY_HANDLERS, folder))
        .scenario(Scenario.builder()
            .repeat(failures)
            .eventLines(false)
            .cacheOperation(CacheOperation.ADD, HandlerFaultsIT.user(FaultyHandlers.FAIL_SLOWLY))
            .build())
        .run();

    report.assertNoErrors();
    assertThat(report.summary().continued()).isEqualTo(failures);
    List<LogEntry> written = HandlerFaultsIT.errorEntries(report);
    List<LogEntry> counts = report.logEntries().stream()
        .filter(entry -> entry.level() == LogLevel.WARNING)
        .toList();
    long suppressed = 0;
    for (LogEntry count : counts) {
      Matcher matcher = SUPPRESSED.matcher(count.message());
      assertThat(matcher.matches()).isTrue();
      suppressed += Long.parseLong(matcher.group(1));
    }
    // Every failure is either written, with its stack trace, or counted.
    assertThat(written.size() + suppressed).isEqualTo(failures);
    for (LogEntry entry : written) {
      assertThat(entry.message()).contains("java.lang.IllegalStateException: FaultyHandlers fails slowly on purpose");
    }
    long seconds = elapsedMillis(report) / 1000 + 1;
    assertThat(seconds).isAtLeast(3);
    assertThat(counts.size()).isAtLeast(2);
    // A window of the limit starts with its first entry: two windows fit in any second.
    assertThat(maxInAnySecond(written)).isAtMost(2 * PER_SECOND);
    assertThat((long) written.size()).isAtMost(PER_SECOND * (seconds + 1));
    assertThat(maxInAnySecond(counts)).isAtMost(2);
  }

  private static long elapsedMillis(HostReport report) {
    List<LogEntry> entries = report.logEntries();
    return entries.get(entries.size() - 1).elapsedMillis() - entries.get(0).elapsedMillis();
  }

  /** The most entries written within any 1000 ms. */
  private static int maxInAnySecond(List<LogEntry> entries) {
    int max = 0;
    int from = 0;
    for (int to = 0; to < entries.size(); to++) {
      while (entries.get(to).elapsedMillis() - entries.get(from).elapsedMillis() >= 1000) {
        from++;
      }
      max = Math.max(max, to - from + 1);
    }
    return max;
  }
}
