package org.jiis.examples.serverwatch;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * What {@link ServerWatch} watches, read from the worker process's environment (an application
 * pool's {@code environmentVariables} in IIS).
 *
 * @param healthFile the file whose presence each health check tests; empty: health checks test
 *     nothing
 * @param failuresBeforeUnhealthy consecutive failed health checks after which the module calls
 *     {@code ReportUnhealthy}
 * @param recycleTrigger a file name (without directory, compared ignoring case, as Windows file
 *     names are) whose change recycles the worker process; empty: no file recycles it
 */
public record WatchSettings(
    Optional<Path> healthFile, int failuresBeforeUnhealthy, Optional<String> recycleTrigger) {

  public static final String HEALTH_FILE = "SERVER_WATCH_HEALTH_FILE";
  public static final String FAILURES_BEFORE_UNHEALTHY = "SERVER_WATCH_FAILURES_BEFORE_UNHEALTHY";
  public static final String RECYCLE_TRIGGER = "SERVER_WATCH_RECYCLE_TRIGGER";
  public static final int DEFAULT_FAILURES_BEFORE_UNHEALTHY = 3;

  public WatchSettings {
    if (failuresBeforeUnhealthy < 1) {
      throw new IllegalArgumentException(
          FAILURES_BEFORE_UNHEALTHY + " must be at least 1, got " + failuresBeforeUnhealthy);
    }
  }

  /**
   * The settings in these environment variables; unset or blank ones take their defaults.
   *
   * @throws IllegalArgumentException if {@value #FAILURES_BEFORE_UNHEALTHY} is no positive number
   */
  public static WatchSettings fromEnvironment(Map<String, String> environment) {
    return new WatchSettings(
        nonBlank(environment.get(HEALTH_FILE)).map(Path::of),
        nonBlank(environment.get(FAILURES_BEFORE_UNHEALTHY))
            .map(WatchSettings::parseFailures)
            .orElse(DEFAULT_FAILURES_BEFORE_UNHEALTHY),
        nonBlank(environment.get(RECYCLE_TRIGGER)));
  }

  private static int parseFailures(String text) {
    try {
      return Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          FAILURES_BEFORE_UNHEALTHY + " must be a positive number, got '" + text + "'", e);
    }
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value.trim());
  }
}
