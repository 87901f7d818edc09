package org.jiis.examples.serverwatch;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.jiis.GlobalNotificationStatus;
import org.jiis.testkit.fakes.FakeApplication;
import org.jiis.testkit.fakes.FakeApplicationProvider;
import org.jiis.testkit.fakes.FakeConfigurationChangeProvider;
import org.jiis.testkit.fakes.FakeCustomNotificationProvider;
import org.jiis.testkit.fakes.FakeFileChangeProvider;
import org.jiis.testkit.fakes.FakeIisServer;
import org.jiis.testkit.fakes.FakeIisServer.Request;
import org.jiis.testkit.fakes.FakeModuleContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ServerWatch's rules in plain Java, with the testkit's fakes. */
class ServerWatchTest {

  @TempDir Path folder;

  private final FakeIisServer server = FakeIisServer.builder().appPoolName("ShopPool").build();
  private final FakeModuleContext context = FakeModuleContext.builder().server(server).build();

  private ServerWatch watch(Optional<Path> healthFile, int failures, Optional<String> trigger) {
    return new ServerWatch(context, new WatchSettings(healthFile, failures, trigger));
  }

  @Test
  void startingSaysWhatItWatches() {
    watch(Optional.of(Path.of("/srv/up")), 2, Optional.of("recycle.now"));

    assertThat(context.eventLog().messages()).containsExactly(
        "ServerWatch started in application pool ShopPool (IIS 10); health file /srv/up;"
            + " recycle trigger recycle.now");
  }

  @Test
  void configurationAndFileChangesAreLoggedAndContinue() {
    ServerWatch watch = watch(Optional.empty(), 3, Optional.empty());
    FakeConfigurationChangeProvider configuration =
        FakeConfigurationChangeProvider.of("MACHINE/WEBROOT/APPHOST/Shop");
    FakeFileChangeProvider file = FakeFileChangeProvider.of("D:\\shop\\web.config");

    assertThat(watch.onConfigurationChange(configuration)).isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThat(watch.onFileChange(file)).isEqualTo(GlobalNotificationStatus.CONTINUE);

    assertThat(context.eventLog().messages()).containsAtLeast(
        "configuration changed: MACHINE/WEBROOT/APPHOST/Shop",
        "file changed: D:\\shop\\web.config").inOrder();
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void theTriggerFileRecyclesWhateverItsFolderAndCase() {
    ServerWatch watch = watch(Optional.empty(), 3, Optional.of("recycle.now"));

    watch.onFileChange(FakeFileChangeProvider.of("D:\\shop\\not-recycle.now"));
    watch.onFileChange(FakeFileChangeProvider.of("D:\\shop\\Recycle.NOW"));

    assertThat(server.requests()).containsExactly(
        new Request.Recycle("ServerWatch: trigger file D:\\shop\\Recycle.NOW changed"));
  }

  @Test
  void theRecycleNotificationRecyclesAndIsHandledOthersContinue() {
    ServerWatch watch = watch(Optional.empty(), 3, Optional.empty());

    assertThat(watch.onCustomNotification(FakeCustomNotificationProvider.of("Other.Thing")))
        .isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThat(server.requests()).isEmpty();
    assertThat(watch.onCustomNotification(
            FakeCustomNotificationProvider.of(ServerWatch.RECYCLE_NOTIFICATION)))
        .isEqualTo(GlobalNotificationStatus.HANDLED);
    assertThat(server.requests()).containsExactly(
        new Request.Recycle("ServerWatch: requested by notification ServerWatch.Recycle"));
  }

  @Test
  void unhealthyIsReportedOnceWhenTheFileIsMissingForTheConfiguredChecksInARow()
      throws IOException {
    Path healthFile = folder.resolve("up");
    ServerWatch watch = watch(Optional.of(healthFile), 3, Optional.empty());

    watch.onHealthCheck();
    watch.onHealthCheck();
    Files.createFile(healthFile);
    watch.onHealthCheck();  // the run of failures ends before the limit
    Files.delete(healthFile);
    watch.onHealthCheck();
    watch.onHealthCheck();
    assertThat(server.requests()).isEmpty();
    assertThat(watch.onHealthCheck()).isEqualTo(GlobalNotificationStatus.CONTINUE);
    watch.onHealthCheck();  // still missing: reported once per run of failures

    assertThat(server.requests()).containsExactly(new Request.ReportUnhealthy(
        "ServerWatch: " + healthFile + " missing for 3 health checks", ServerWatch.FILE_NOT_FOUND));
    assertThat(context.eventLog().messages()).contains(
        "health check 4: " + healthFile + " is missing");

    Files.createFile(healthFile);
    watch.onHealthCheck();
    assertThat(context.eventLog().messages()).contains("health file " + healthFile + " is back");
  }

  @Test
  void withoutAHealthFileHealthChecksDoNothing() {
    ServerWatch watch = watch(Optional.empty(), 1, Optional.empty());

    assertThat(watch.onHealthCheck()).isEqualTo(GlobalNotificationStatus.CONTINUE);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void applicationStartsAndStopsAreLogged() {
    ServerWatch watch = watch(Optional.empty(), 1, Optional.empty());

    watch.onApplicationStart(FakeApplicationProvider.of(FakeApplication.builder().build()));
    watch.onApplicationStop(FakeApplicationProvider.of(null));

    assertThat(context.eventLog().messages()).containsAtLeast(
        "application started: " + FakeApplication.DEFAULT_APPLICATION_ID + " at "
            + FakeApplication.DEFAULT_PHYSICAL_PATH,
        "application stopped: (no application)").inOrder();
  }

  @Test
  void settingsComeFromTheEnvironmentWithDefaults() {
    assertThat(WatchSettings.fromEnvironment(Map.of())).isEqualTo(new WatchSettings(
        Optional.empty(), WatchSettings.DEFAULT_FAILURES_BEFORE_UNHEALTHY, Optional.empty()));
    assertThat(WatchSettings.fromEnvironment(Map.of(
            WatchSettings.HEALTH_FILE, "/srv/up",
            WatchSettings.FAILURES_BEFORE_UNHEALTHY, " 5 ",
            WatchSettings.RECYCLE_TRIGGER, "recycle.now")))
        .isEqualTo(new WatchSettings(Optional.of(Path.of("/srv/up")), 5, Optional.of("recycle.now")));
    IllegalArgumentException bad = assertThrows(IllegalArgumentException.class,
        () -> WatchSettings.fromEnvironment(Map.of(WatchSettings.FAILURES_BEFORE_UNHEALTHY, "many")));
    assertThat(bad).hasMessageThat().isEqualTo(
        "SERVER_WATCH_FAILURES_BEFORE_UNHEALTHY must be a positive number, got 'many'");
    assertThrows(IllegalArgumentException.class,
        () -> WatchSettings.fromEnvironment(Map.of(WatchSettings.FAILURES_BEFORE_UNHEALTHY, "0")));
  }
}
