package org.jiis.examples.serverwatch;

import static org.jiis.GlobalEvent.APPLICATION_START;
import static org.jiis.GlobalEvent.APPLICATION_STOP;
import static org.jiis.GlobalEvent.CONFIGURATION_CHANGE;
import static org.jiis.GlobalEvent.CUSTOM_NOTIFICATION;
import static org.jiis.GlobalEvent.FILE_CHANGE;
import static org.jiis.GlobalEvent.HEALTH_CHECK;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiis.ApplicationStartListener;
import org.jiis.ApplicationStopListener;
import org.jiis.ConfigurationChangeListener;
import org.jiis.CustomNotificationListener;
import org.jiis.FileChangeListener;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.HealthCheckListener;
import org.jiis.ModuleContext;
import org.jiis.event.ApplicationProvider;
import org.jiis.event.ConfigurationChangeProvider;
import org.jiis.event.CustomNotificationProvider;
import org.jiis.event.FileChangeProvider;

/**
 * Watches a worker process: writes configuration changes, file changes and application starts
 * and stops to the event log; reports the process unhealthy when a file it depends on has been
 * missing for several health checks in a row; recycles the process on demand, when a trigger file
 * changes or another module raises the custom notification {@value #RECYCLE_NOTIFICATION}.
 *
 * <p>Every handler returns {@code CONTINUE} (the modules after this one still see the event),
 * except the recycle notification, which this module consumes ({@code HANDLED}).
 */
@GlobalModule(
    name = "ServerWatch",
    events = {
      CONFIGURATION_CHANGE, FILE_CHANGE, HEALTH_CHECK, CUSTOM_NOTIFICATION, APPLICATION_START,
      APPLICATION_STOP
    })
public final class ServerWatch
    implements ConfigurationChangeListener,
        FileChangeListener,
        HealthCheckListener,
        CustomNotificationListener,
        ApplicationStartListener,
        ApplicationStopListener {

  /** The custom notification type that asks this module to recycle the worker process. */
  public static final String RECYCLE_NOTIFICATION = "ServerWatch.Recycle";
  /** {@code HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)}: why the process is reported unhealthy. */
  public static final int FILE_NOT_FOUND = 0x80070002;

  private final ModuleContext context;
  private final WatchSettings settings;
  // Health checks may come on any IIS thread.
  private final AtomicInteger failedChecks = new AtomicInteger();

  public ServerWatch(ModuleContext context) {
    this(context, WatchSettings.fromEnvironment(System.getenv()));
  }

  ServerWatch(ModuleContext context, WatchSettings settings) {
    this.context = context;
    this.settings = settings;
    context.eventLog().info("ServerWatch started in application pool "
        + context.server().appPoolName() + " (IIS " + context.server().serverVersion() + ")"
        + settings.healthFile().map(file -> "; health file " + file).orElse("")
        + settings.recycleTrigger().map(name -> "; recycle trigger " + name).orElse(""));
  }

  @Override
  public GlobalNotificationStatus onConfigurationChange(ConfigurationChangeProvider provider) {
    context.eventLog().info("configuration changed: " + provider.changePath());
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onFileChange(FileChangeProvider provider) {
    String fileName = provider.fileName();
    context.eventLog().info("file changed: " + fileName);
    if (settings.recycleTrigger().filter(trigger -> isNamed(fileName, trigger)).isPresent()) {
      recycle("trigger file " + fileName + " changed");
    }
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onHealthCheck() {
    settings.healthFile().ifPresent(this::check);
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onCustomNotification(CustomNotificationProvider provider) {
    if (!RECYCLE_NOTIFICATION.equals(provider.notificationType())) {
      return GlobalNotificationStatus.CONTINUE;
    }
    recycle("requested by notification " + RECYCLE_NOTIFICATION);
    return GlobalNotificationStatus.HANDLED;
  }

  @Override
  public GlobalNotificationStatus onApplicationStart(ApplicationProvider provider) {
    context.eventLog().info("application started: " + describe(provider));
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onApplicationStop(ApplicationProvider provider) {
    context.eventLog().info("application stopped: " + describe(provider));
    return GlobalNotificationStatus.CONTINUE;
  }

  /** Reports the process unhealthy once per run of failures, when the run reaches the limit. */
  private void check(Path healthFile) {
    if (Files.exists(healthFile)) {
      if (failedChecks.getAndSet(0) >= settings.failuresBeforeUnhealthy()) {
        context.eventLog().info("health file " + healthFile + " is back");
      }
      return;
    }
    int failures = failedChecks.incrementAndGet();
    context.eventLog().warning("health check " + failures + ": " + healthFile + " is missing");
    if (failures == settings.failuresBeforeUnhealthy()) {
      context.server().reportUnhealthy(
          "ServerWatch: " + healthFile + " missing for " + failures + " health checks",
          FILE_NOT_FOUND);
    }
  }

  private void recycle(String why) {
    context.eventLog().warning("recycling the worker process: " + why);
    context.server().recycleProcess("ServerWatch: " + why);
  }

  private static String describe(ApplicationProvider provider) {
    var application = provider.application();
    return application == null
        ? "(no application)"
        : application.applicationId() + " at " + application.physicalPath();
  }

  /** Whether a full path names the file {@code name} (Windows or / separators, any case). */
  private static boolean isNamed(String path, String name) {
    int separator = Math.max(path.lastIndexOf('\\'), path.lastIndexOf('/'));
    String fileName = path.substring(separator + 1);
    return fileName.toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT));
  }
}
