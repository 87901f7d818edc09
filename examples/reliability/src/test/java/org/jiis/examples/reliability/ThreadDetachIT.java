package org.jiis.examples.reliability;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiis.cache.CacheOperation;
import org.jiis.testkit.host.CacheEntry;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * IIS threads that end are detached from the JVM: the simulator replaces its worker threads every
 * few repetitions, and the module counts the JVM's threads at known points (when it starts, on
 * every cache cleanup while the workers run, and after they have all ended).
 */
class ThreadDetachIT {

  private static final Pattern CENSUS =
      Pattern.compile("attached worker threads (\\d+), live threads (\\d+)");

  @TempDir Path folder;

  @Test
  void threadsThatEndAreDetachedAndTheJvmsThreadCountReturnsToItsStart() {
    int workers = 2;
    int repeat = 60;
    HostReport report = HostSimulator.forModule(Modules.install(Modules.MIXED_LOAD, folder))
        .scenario(Scenario.builder()
            .threads(workers)
            .repeat(repeat)
            .threadTurnover(3)
            .cacheOperation(CacheOperation.ADD, CacheEntry.token())
            .cacheCleanup()
            .afterWorkers()
            .cacheCleanup()
            .build())
        .run();

    report.assertNoErrors();
    // Twenty generations of two threads, each attached on its first event.
    assertThat(report.summary().workerThreads()).isEqualTo(workers * repeat / 3);

    List<ThreadCensus> censuses = censuses(report);
    ThreadCensus start = censuses.get(0);
    assertThat(start.attachedWorkers()).isEqualTo(0);
    List<ThreadCensus> duringRun = censuses.subList(1, censuses.size() - 1);
    assertThat(duringRun).hasSize(workers * repeat);
    for (ThreadCensus census : duringRun) {
      // Only the threads running now: without detaching, the ended ones would pile up.
      assertThat(census.attachedWorkers()).isAtLeast(1);
      assertThat(census.attachedWorkers()).isAtMost(workers);
    }
    assertThat(censuses.get(censuses.size() - 1)).isEqualTo(new ThreadCensus(0, start.liveThreads()));
  }

  /** The module's censuses in the order written: at start, each cleanup, after the workers. */
  private static List<ThreadCensus> censuses(HostReport report) {
    List<ThreadCensus> censuses = new ArrayList<>();
    for (LogEntry entry : report.logEntries()) {
      if (entry.message().startsWith("MixedLoad started: ") || entry.message().startsWith("MixedLoad census: ")) {
        Matcher matcher = CENSUS.matcher(entry.message());
        assertThat(matcher.find()).isTrue();
        censuses.add(new ThreadCensus(
            Integer.parseInt(matcher.group(1)), Integer.parseInt(matcher.group(2))));
      }
    }
    return censuses;
  }
}
