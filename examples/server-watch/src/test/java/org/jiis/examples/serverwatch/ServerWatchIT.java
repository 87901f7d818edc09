package org.jiis.examples.serverwatch;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.jiis.GlobalEvent;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.host.ServerCall;
import org.jiis.testkit.nativebuild.ModuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ServerWatch's generated module in the IIS host simulator. */
class ServerWatchIT {

  @TempDir Path run;

  private HostReport runServerWatch(Path healthFile, Scenario scenario) {
    Path module = ModuleSettings.forTestRun()
        .classPathOf(ServerWatch.class, GlobalModule.class)
        .installCopy(BuiltModules.library("ServerWatch"), run);
    HostReport report = HostSimulator.forModule(module)
        .scenario(scenario)
        .environment(WatchSettings.HEALTH_FILE, healthFile.toString())
        .environment(WatchSettings.FAILURES_BEFORE_UNHEALTHY, "2")
        .environment(WatchSettings.RECYCLE_TRIGGER, "recycle.now")
        .run();
    report.assertNoErrors();
    assertThat(report.terminated()).isTrue();
    assertThat(report.logMessages(LogLevel.ERROR)).isEmpty();
    return report;
  }

  @Test
  void changesAreLoggedAndAMissingHealthFileIsReportedOnceAfterTwoChecks() {
    Path healthFile = run.resolve("missing-health-file");
    HostReport report = runServerWatch(healthFile, Scenario.builder()
        .appPoolName("ShopPool")
        .notification(GlobalEvent.APPLICATION_START,
            Map.of("app-id", "/LM/W3SVC/2/ROOT/shop", "physical-path", "D:\\shop\\"))
        .notification(GlobalEvent.CONFIGURATION_CHANGE,
            Map.of("path", "MACHINE/WEBROOT/APPHOST/Shop Site"))
        .notification(GlobalEvent.FILE_CHANGE, Map.of("file", "D:\\shop\\web.config"))
        .notification(GlobalEvent.HEALTH_CHECK)
        .notification(GlobalEvent.HEALTH_CHECK)
        .notification(GlobalEvent.HEALTH_CHECK)
        .build());

    // The runtime's own entries (JVM started, module stopped) come between these.
    assertThat(report.logMessages(LogLevel.INFO)).containsAtLeast(
        "ServerWatch started in application pool ShopPool (IIS 10); health file " + healthFile
            + "; recycle trigger recycle.now",
        "application started: /LM/W3SVC/2/ROOT/shop at D:\\shop\\",
        "configuration changed: MACHINE/WEBROOT/APPHOST/Shop Site",
        "file changed: D:\\shop\\web.config").inOrder();
    assertThat(report.logMessages(LogLevel.WARNING)).containsExactly(
        "health check 1: " + healthFile + " is missing",
        "health check 2: " + healthFile + " is missing",
        "health check 3: " + healthFile + " is missing").inOrder();
    List<ServerCall> unhealthy = report.serverCalls("ReportUnhealthy");
    assertThat(unhealthy).hasSize(1);
    assertThat(unhealthy.get(0).argument("reason"))
        .isEqualTo("ServerWatch: " + healthFile + " missing for 2 health checks");
    assertThat(unhealthy.get(0).argument("hr")).isEqualTo("0x80070002");
    assertThat(unhealthy.get(0).during()).isEqualTo("OnGlobalHealthCheck");
    assertThat(report.serverCalls("RecycleProcess")).isEmpty();
    assertThat(report.summary().continued()).isEqualTo(report.summary().fired());
  }

  @Test
  void theTriggerFileAndTheRecycleNotificationRecycleTheProcess() {
    HostReport report = runServerWatch(run, Scenario.builder()
        .notification(GlobalEvent.HEALTH_CHECK)
        .notification(GlobalEvent.FILE_CHANGE, Map.of("file", "D:\\shop\\RECYCLE.now"))
        .notification(GlobalEvent.CUSTOM_NOTIFICATION, Map.of("type", "Other.Thing"))
        .notification(GlobalEvent.CUSTOM_NOTIFICATION, Map.of("type", ServerWatch.RECYCLE_NOTIFICATION))
        .build());

    assertThat(report.serverCalls("RecycleProcess").stream().map(call -> call.argument("reason")))
        .containsExactly(
            "ServerWatch: trigger file D:\\shop\\RECYCLE.now changed",
            "ServerWatch: requested by notification ServerWatch.Recycle").inOrder();
    assertThat(report.serverCalls("ReportUnhealthy")).isEmpty();  // the health file (a folder) exists
    List<FiredEvent> custom = report.events(GlobalEvent.CUSTOM_NOTIFICATION);
    assertThat(custom.get(0).status()).hasValue(GlobalNotificationStatus.CONTINUE);
    assertThat(custom.get(1).status()).hasValue(GlobalNotificationStatus.HANDLED);
  }

  @Test
  void healthChecksOnManyThreadsAtOnceReportUnhealthyExactlyOnce() {
    Path healthFile = run.resolve("missing-health-file");
    HostReport report = runServerWatch(healthFile, Scenario.builder()
        .threads(4)
        .repeat(25)
        .notification(GlobalEvent.HEALTH_CHECK)
        .build());

    assertThat(report.events(GlobalEvent.HEALTH_CHECK)).hasSize(100);
    assertThat(report.logMessages(LogLevel.WARNING)).hasSize(100);
    assertThat(report.logMessages(LogLevel.WARNING)).contains(
        "health check 100: " + healthFile + " is missing");
    assertThat(report.serverCalls("ReportUnhealthy")).hasSize(1);
  }
}
