package org.jiis.examples.serverwatch.threadcleanup;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.jiis.GlobalEvent;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.nativebuild.ModuleSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code GL_THREAD_CLEANUP} end to end: two IIS threads each alternate health checks and thread
 * cleanups. The user's listener runs for every cleanup, and each IIS thread stays one attached
 * Java thread throughout: a cleanup neither detaches it nor disturbs the state of its next events.
 */
class ThreadCleanupIT {

  private static final Pattern JAVA_THREAD = Pattern.compile("java-thread=(\\d+) daemon=(true|false)$");
  private static final int THREADS = 2;
  private static final int REPEAT = 3;

  @TempDir static Path run;
  private static HostReport report;

  @BeforeAll
  static void alternateHealthChecksAndThreadCleanups() {
    Path module = ModuleSettings.forTestRun()
        .classPathOf(ThreadCleanupProbe.class, GlobalModule.class)
        .installCopy(BuiltModules.library("ThreadCleanupProbe"), run);
    report = HostSimulator.forModule(module)
        .scenario(Scenario.builder()
            .threads(THREADS)
            .repeat(REPEAT)
            .notification(GlobalEvent.HEALTH_CHECK)
            .notification(GlobalEvent.THREAD_CLEANUP)
            .notification(GlobalEvent.HEALTH_CHECK)
            .build())
        .run();
  }

  @Test
  void everyCleanupReachesTheListenerAndTheNextEventsStillWork() {
    report.assertNoErrors();
    List<FiredEvent> cleanups = report.events(GlobalEvent.THREAD_CLEANUP);
    List<FiredEvent> checks = report.events(GlobalEvent.HEALTH_CHECK);
    assertThat(cleanups).hasSize(THREADS * REPEAT);
    assertThat(checks).hasSize(2 * THREADS * REPEAT);
    assertThat(cleanups.stream().map(FiredEvent::status).distinct().toList())
        .containsExactly(Optional.of(GlobalNotificationStatus.CONTINUE));
    assertThat(checks.stream().map(FiredEvent::status).distinct().toList())
        .containsExactly(Optional.of(GlobalNotificationStatus.HANDLED));
  }

  @Test
  void eachIisThreadStaysOneAttachedDaemonJavaThreadAcrossCleanups() {
    Map<String, List<String>> javaThreadsByIisThread = report.logEntries().stream()
        .filter(entry -> entry.eventSequence() != null)
        .collect(Collectors.groupingBy(LogEntry::thread,
            Collectors.mapping(ThreadCleanupIT::javaThread, Collectors.toList())));

    assertThat(javaThreadsByIisThread).hasSize(THREADS);
    for (List<String> javaThreads : javaThreadsByIisThread.values()) {
      assertThat(javaThreads).hasSize(3 * REPEAT);
      assertThat(javaThreads.stream().distinct().toList()).hasSize(1);
      assertThat(javaThreads.get(0)).endsWith("daemon=true");
    }
    assertThat(javaThreadsByIisThread.values().stream().map(threads -> threads.get(0)).distinct().count())
        .isEqualTo(THREADS);
  }

  private static String javaThread(LogEntry entry) {
    Matcher matcher = JAVA_THREAD.matcher(entry.message());
    assertThat(matcher.find()).isTrue();
    return matcher.group();
  }
}
