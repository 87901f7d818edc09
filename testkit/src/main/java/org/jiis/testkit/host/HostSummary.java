package org.jiis.testkit.host;

/**
 * The report's last line: counts over the whole run.
 *
 * @param registered whether every module's {@code RegisterModule} succeeded and registered a
 *     {@code CGlobalModule}
 * @param terminated whether every registered module's {@code Terminate} was called and returned
 * @param modules the modules given
 * @param registeredModules the modules that registered a {@code CGlobalModule}
 * @param terminatedModules the modules whose {@code Terminate} returned
 * @param workerThreads the worker threads started over the run (more than the {@code threads}
 *     setting with a {@link Scenario.Builder#threadTurnover thread turnover})
 * @param fired events fired (each reaches every registered module)
 * @param delivered module calls for events
 * @param continued events answered {@code GL_NOTIFICATION_CONTINUE}
 * @param handled events answered {@code GL_NOTIFICATION_HANDLED}
 * @param otherStatus events answered with another number
 * @param logEntries event-log entries
 * @param serverCalls {@code IHttpServer} calls
 * @param records cache records handed to the module
 * @param unbalancedRecords records whose references were not all released
 * @param debugBreaks {@code DebugBreak} calls
 * @param errors {@code error} lines
 * @param exitCode the simulator's exit status: 0 no errors, 1 errors, 2 bad command line or
 *     scenario
 */
public record HostSummary(
    boolean registered,
    boolean terminated,
    int modules,
    int registeredModules,
    int terminatedModules,
    long workerThreads,
    long fired,
    long delivered,
    long continued,
    long handled,
    long otherStatus,
    long logEntries,
    long serverCalls,
    long records,
    long unbalancedRecords,
    long debugBreaks,
    long errors,
    int exitCode) {

  static HostSummary from(ReportLine line) {
    return new HostSummary(
        line.flag("registered"),
        line.flag("terminated"),
        line.intNumber("modules"),
        line.intNumber("registeredModules"),
        line.intNumber("terminatedModules"),
        line.number("workerThreads"),
        line.number("fired"),
        line.number("delivered"),
        line.number("continued"),
        line.number("handled"),
        line.number("otherStatus"),
        line.number("logEntries"),
        line.number("serverCalls"),
        line.number("records"),
        line.number("unbalancedRecords"),
        line.number("debugBreaks"),
        line.number("errors"),
        line.intNumber("exitCode"));
  }
}
