package org.jiis.testkit.host;

/**
 * The report's {@code start} line: what the simulator was asked to run.
 *
 * @param module the module path as given
 * @param moduleName what {@code IHttpModuleRegistrationInfo::GetName} returns
 * @param serverVersion the {@code dwServerVersion} passed to {@code RegisterModule}
 * @param threads the number of worker threads that fire the events
 * @param repeat how many times each thread fires the scenario's events
 * @param steps the number of events in the scenario
 * @param threadStackBytes the stack size of each worker thread
 * @param appPoolName what {@code IHttpServer::GetAppPoolName} returns
 * @param commandLineLaunch what {@code IHttpServer::IsCommandLineLaunch} returns
 */
public record HostStart(
    String module,
    String moduleName,
    long serverVersion,
    int threads,
    long repeat,
    int steps,
    long threadStackBytes,
    String appPoolName,
    boolean commandLineLaunch) {

  static HostStart from(ReportLine line) {
    return new HostStart(
        line.string("module"),
        line.string("moduleName"),
        line.number("serverVersion"),
        line.intNumber("threads"),
        line.number("repeat"),
        line.intNumber("steps"),
        line.number("threadStackBytes"),
        line.string("appPoolName"),
        line.flag("commandLineLaunch"));
  }
}
