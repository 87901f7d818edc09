package org.jiis.testkit.host;

/**
 * One event-log entry the module wrote through {@code jiis_host_event_log}: a {@code log} line.
 *
 * @param thread the writing thread: {@code "main"}, {@code "worker-N"}, or {@code "other"} for
 *     threads the simulator did not start (the JVM's, the module's)
 * @param moduleName the module the simulator was calling on that thread, or {@code null}
 * @param during the module method the thread was in ({@code "RegisterModule"},
 *     {@code "OnGlobalCacheOperation"}, {@code "Terminate"}, ...), or {@code null}
 * @param eventSequence the {@link FiredEvent#sequence()} being delivered, or {@code null}
 * @param elapsedMillis when it was written: milliseconds since the simulator started
 * @param source the event source (the module's name)
 * @param level the level, or {@code null} when the module passed a number outside 0 to 3
 * @param levelValue the level as passed
 * @param message the message
 */
public record LogEntry(
    String thread,
    String moduleName,
    String during,
    Long eventSequence,
    long elapsedMillis,
    String source,
    LogLevel level,
    long levelValue,
    String message) {

  static LogEntry from(ReportLine line) {
    long levelValue = line.number("levelValue");
    return new LogEntry(
        line.string("thread"),
        line.optionalString("moduleName"),
        line.optionalString("during"),
        line.optionalNumber("eventSequence"),
        line.number("elapsedMs"),
        line.optionalString("source"),
        LogLevel.ofValue(levelValue),
        levelValue,
        line.optionalString("message"));
  }
}
