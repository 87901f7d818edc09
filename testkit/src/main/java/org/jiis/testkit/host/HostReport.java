package org.jiis.testkit.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;

/**
 * The report of one simulator run, parsed from its JSON lines (the format is documented in the
 * simulator's README, {@code testkit/src/main/native/host/README.md}). Line types this version
 * does not know are kept in {@link #lines()} and otherwise ignored.
 */
public final class HostReport {

  private final List<String> lines;
  private final String standardError;
  private HostStart start;
  private final List<Registration> registrations = new ArrayList<>();
  private final List<RegistrationCall> registrationCalls = new ArrayList<>();
  private final List<FiredEvent> events = new ArrayList<>();
  private final List<LogEntry> logEntries = new ArrayList<>();
  private final List<ServerCall> serverCalls = new ArrayList<>();
  private final List<RecordReferences> records = new ArrayList<>();
  private final List<HostError> errors = new ArrayList<>();
  private final List<Termination> terminations = new ArrayList<>();
  private final List<MemorySample> memorySamples = new ArrayList<>();
  private final List<ResumeCall> resumes = new ArrayList<>();
  private HostSummary summary;

  private HostReport(List<String> lines, String standardError) {
    this.lines = List.copyOf(lines);
    this.standardError = standardError;
  }

  /**
   * Parses report lines; blank lines are skipped.
   *
   * @throws IllegalArgumentException naming the first malformed line
   */
  public static HostReport parse(List<String> lines) {
    return parse(lines, "");
  }

  static HostReport parse(List<String> lines, String standardError) {
    HostReport report = new HostReport(lines, standardError);
    for (String text : lines) {
      if (!text.isBlank()) {
        report.add(ReportLine.parse(text));
      }
    }
    return report;
  }

  /** Reads and parses a report file written with {@code jiis-host --report FILE}. */
  public static HostReport read(Path file) {
    try {
      return parse(Files.readAllLines(file, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the jiis-host report " + file, e);
    }
  }

  private void add(ReportLine line) {
    switch (line.type()) {
      case "start" -> start = HostStart.from(line);
      case "registration" -> registrations.add(Registration.from(line));
      case "registration-call" -> registrationCalls.add(RegistrationCall.from(line));
      case "event" -> events.add(FiredEvent.from(line));
      case "log" -> logEntries.add(LogEntry.from(line));
      case "server-call" -> serverCalls.add(ServerCall.from(line));
      case "record" -> records.add(RecordReferences.from(line));
      case "error" -> errors.add(HostError.from(line));
      case "terminate" -> terminations.add(Termination.from(line));
      case "memory" -> memorySamples.add(MemorySample.from(line));
      case "resume" -> resumes.add(ResumeCall.from(line));
      case "summary" -> summary = HostSummary.from(line);
      default -> {
        // "step" lines and types added later: kept in lines() only.
      }
    }
  }

  /** The {@code resume} lines: each module's suspend callback called by a {@code resume} step. */
  public List<ResumeCall> resumes() {
    return List.copyOf(resumes);
  }

  /** Whether the report ends with its summary line (a crashed simulator leaves it out). */
  public boolean isComplete() {
    return summary != null;
  }

  /**
   * The summary line.
   *
   * @throws IllegalStateException if the report is incomplete
   */
  public HostSummary summary() {
    if (summary == null) {
      throw new IllegalStateException(
          "The jiis-host report has no summary line: the simulator did not finish. "
              + describeEnd());
    }
    return summary;
  }

  /** The start line, absent when the command line or scenario was rejected. */
  public Optional<HostStart> start() {
    return Optional.ofNullable(start);
  }

  /** Whether the (first) module was loaded and {@code RegisterModule} was called. */
  public boolean hasRegistration() {
    return !registrations.isEmpty();
  }

  /**
   * What the module registered; with several modules, the first one that was loaded.
   *
   * @throws IllegalStateException naming the errors if {@code RegisterModule} was never called
   *     (the module could not be loaded, for example)
   */
  public Registration registration() {
    if (registrations.isEmpty()) {
      throw new IllegalStateException(
          "The module was never registered (RegisterModule was not called). " + describeEnd());
    }
    return registrations.get(0);
  }

  /**
   * What the module of this name registered.
   *
   * @throws IllegalStateException naming the registered modules and the errors if it never was
   */
  public Registration registration(String moduleName) {
    return registrations.stream()
        .filter(registration -> registration.moduleName().equals(moduleName))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(
            "The module " + moduleName + " was never registered (registered: "
                + registrations.stream().map(Registration::moduleName).toList() + "). "
                + describeEnd()));
  }

  /** Every module's registration, in load order (modules that could not be loaded have none). */
  public List<Registration> registrations() {
    return List.copyOf(registrations);
  }

  /** Every call of the module to {@code IHttpModuleRegistrationInfo}, in order. */
  public List<RegistrationCall> registrationCalls() {
    return List.copyOf(registrationCalls);
  }

  /** The calls to one {@code IHttpModuleRegistrationInfo} method, in order. */
  public List<RegistrationCall> registrationCalls(String method) {
    return registrationCalls.stream().filter(call -> call.method().equals(method)).toList();
  }

  /** Every event fired, in report order (threads interleave; sort by sequence if needed). */
  public List<FiredEvent> events() {
    return List.copyOf(events);
  }

  /** The events fired for one notification. */
  public List<FiredEvent> events(GlobalEvent event) {
    return filter(events, fired -> fired.event() == event);
  }

  /** The event lines about one module (each event has one line per module). */
  public List<FiredEvent> eventsOf(String moduleName) {
    return filter(events, fired -> fired.moduleName().equals(moduleName));
  }

  /** The events fired on one thread, for example {@code "worker-1"}. */
  public List<FiredEvent> eventsOnThread(String thread) {
    return filter(events, fired -> fired.thread().equals(thread));
  }

  /** How many delivered events the module answered with {@code status}. */
  public long count(GlobalNotificationStatus status) {
    return events.stream().filter(fired -> fired.status().equals(Optional.of(status))).count();
  }

  /** Every event-log entry, in report order. */
  public List<LogEntry> logEntries() {
    return List.copyOf(logEntries);
  }

  /** The messages of all event-log entries, in report order. */
  public List<String> logMessages() {
    return logEntries.stream().map(LogEntry::message).toList();
  }

  /** The messages of the event-log entries of one level, in report order. */
  public List<String> logMessages(LogLevel level) {
    return logEntries.stream()
        .filter(entry -> entry.level() == level)
        .map(LogEntry::message)
        .toList();
  }

  /** Every call of the module to {@code IHttpServer}, in report order. */
  public List<ServerCall> serverCalls() {
    return List.copyOf(serverCalls);
  }

  /** The calls to one {@code IHttpServer} method, for example {@code "ReportUnhealthy"}. */
  public List<ServerCall> serverCalls(String method) {
    return filter(serverCalls, call -> call.method().equals(method));
  }

  /** The reference counts of every cache record handed to the module, by scenario step. */
  public List<RecordReferences> records() {
    return List.copyOf(records);
  }

  /**
   * The references on the record of one scenario step.
   *
   * @throws IllegalArgumentException if that step handed the module no record
   */
  public RecordReferences record(int step) {
    return records.stream()
        .filter(record -> record.step() == step)
        .findFirst()
        .orElseThrow(
            () ->
                new IllegalArgumentException(
                    "Scenario step " + step + " handed the module no cache record (records: "
                        + records + ")"));
  }

  /** The records whose references were not all released. */
  public List<RecordReferences> unbalancedRecords() {
    return filter(records, record -> !record.balanced());
  }

  /** Whether every registered module's {@code Terminate} was called and returned. */
  public boolean terminated() {
    return !terminations.isEmpty() && terminations.stream().allMatch(Termination::returned);
  }

  /** Each registered module's {@code Terminate}, in the order they were called. */
  public List<Termination> terminations() {
    return List.copyOf(terminations);
  }

  /**
   * The process's resident memory and thread count: after registration, every {@link
   * Scenario.Builder#memoryEvery memoryEvery} events, when the workers are done, at the end.
   */
  public List<MemorySample> memorySamples() {
    return List.copyOf(memorySamples);
  }

  /** The memory samples taken at one point, for example {@code "events"}. */
  public List<MemorySample> memorySamples(String point) {
    return filter(memorySamples, sample -> sample.point().equals(point));
  }

  /** Every error, in report order. */
  public List<HostError> errors() {
    return List.copyOf(errors);
  }

  /** The errors of one kind, for example {@code "debug-break"}. */
  public List<HostError> errors(String kind) {
    return filter(errors, error -> error.kind().equals(kind));
  }

  /**
   * Fails unless the run finished without errors.
   *
   * @throws AssertionError listing the errors
   */
  public void assertNoErrors() {
    if (!errors.isEmpty() || !isComplete()) {
      throw new AssertionError("jiis-host reported problems. " + describeEnd());
    }
  }

  /** The report's lines as the simulator wrote them. */
  public List<String> lines() {
    return lines;
  }

  /**
   * What the simulator and the module wrote to standard error (empty for a report read from a
   * file): the CGlobalModule default bodies' messages, a JVM's own output.
   */
  public String standardError() {
    return standardError;
  }

  private String describeEnd() {
    StringBuilder text = new StringBuilder();
    if (!errors.isEmpty()) {
      text.append("Errors: ")
          .append(errors.stream().map(HostError::toString).collect(Collectors.joining("; ")))
          .append('.');
    }
    if (summary == null) {
      text.append(text.length() == 0 ? "" : " ")
          .append("The report is incomplete; its last line: ")
          .append(lines.isEmpty() ? "(none)" : lines.get(lines.size() - 1));
    }
    if (!standardError.isBlank()) {
      text.append(" Standard error: ").append(tail(standardError));
    }
    return text.toString();
  }

  static String tail(String text) {
    String[] all = text.strip().split("\n");
    int from = Math.max(0, all.length - 20);
    return (from > 0 ? "...\n" : "") + String.join("\n", List.of(all).subList(from, all.length));
  }

  private static <T> List<T> filter(List<T> items, Predicate<T> predicate) {
    return items.stream().filter(predicate).toList();
  }

  @Override
  public String toString() {
    return String.join("\n", lines);
  }
}
