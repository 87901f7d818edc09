package org.jiis.testkit.host;

import java.util.List;
import java.util.OptionalLong;

/**
 * The report's {@code start} line: what the simulator was asked to run.
 *
 * @param module the (first) module path as given
 * @param moduleName what {@code IHttpModuleRegistrationInfo::GetName} returns to it
 * @param modules every module path, in load order
 * @param moduleNames every module's name, in load order
 * @param serverVersion the {@code dwServerVersion} passed to {@code RegisterModule}
 * @param threads the number of worker threads that fire the events at a time
 * @param repeat how many times each worker fires the scenario's events
 * @param steps the number of events in the scenario
 * @param threadStackBytes the stack size of each worker thread
 * @param appPoolName what {@code IHttpServer::GetAppPoolName} returns
 * @param commandLineLaunch what {@code IHttpServer::IsCommandLineLaunch} returns
 * @param threadTurnover repetitions a worker thread fires before a new one takes over (0: none)
 * @param terminateAfterEvents the events after which {@code Terminate} races the workers, if set
 * @param eventLines whether each event has an {@code event} line
 */
public record HostStart(
    String module,
    String moduleName,
    List<String> modules,
    List<String> moduleNames,
    long serverVersion,
    int threads,
    long repeat,
    int steps,
    long threadStackBytes,
    String appPoolName,
    boolean commandLineLaunch,
    long threadTurnover,
    OptionalLong terminateAfterEvents,
    boolean eventLines) {

  static HostStart from(ReportLine line) {
    Long terminateAfter = line.optionalNumber("terminateAfterEvents");
    Long turnover = line.optionalNumber("threadTurnover");
    return new HostStart(
        line.string("module"),
        line.string("moduleName"),
        line.has("modules") ? List.copyOf(line.strings("modules")) : List.of(line.string("module")),
        line.has("moduleNames")
            ? List.copyOf(line.strings("moduleNames"))
            : List.of(line.string("moduleName")),
        line.number("serverVersion"),
        line.intNumber("threads"),
        line.number("repeat"),
        line.intNumber("steps"),
        line.number("threadStackBytes"),
        line.string("appPoolName"),
        line.flag("commandLineLaunch"),
        turnover == null ? 0 : turnover,
        terminateAfter == null ? OptionalLong.empty() : OptionalLong.of(terminateAfter),
        !line.has("eventLines") || line.flag("eventLines"));
  }
}
