package org.jiis.examples.tokencache.simulator;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostError;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSummary;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.PriorityRequest;
import org.jiis.testkit.host.RecordReferences;
import org.jiis.testkit.host.Registration;

/**
 * A simulator report as a person reads it: the registration, then each event with what the module
 * answered and wrote to the event log, then the totals. The report's JSON lines stay the
 * reference; this is a summary of them.
 */
final class ReadableReport {

  private static final String INDENT = "  ";
  private static final String DETAIL = "     ";

  private final HostReport report;
  private final List<String> stepCaptions;
  private final StringBuilder text = new StringBuilder();

  /** @param stepCaptions what each scenario step fired, in words, by step index */
  private ReadableReport(HostReport report, List<String> stepCaptions) {
    this.report = report;
    this.stepCaptions = stepCaptions;
  }

  static String render(HostReport report, List<String> stepCaptions) {
    return new ReadableReport(report, stepCaptions).render();
  }

  private String render() {
    registration();
    events();
    entriesOutsideEvents();
    errors();
    totals();
    return text.toString();
  }

  private void registration() {
    if (!report.hasRegistration()) {
      line("The module was not registered: RegisterModule was never called.");
      return;
    }
    Registration registration = report.registration();
    line("Registration (RegisterModule returned " + hex(registration.hr()) + ")");
    line(INDENT + "notifications  " + String.join(" | ", registration.maskNames())
        + "  (mask " + hex(registration.mask()) + ")");
    List<String> priorities = new ArrayList<>();
    for (PriorityRequest request : registration.priorities()) {
      priorities.add(request.event().constantName() + " " + request.priority());
    }
    line(INDENT + "priorities     " + (priorities.isEmpty() ? "(none set)" : String.join(", ", priorities)));
    line("");
  }

  private void events() {
    List<FiredEvent> events = new ArrayList<>(report.events());
    events.sort(Comparator.comparingLong(FiredEvent::sequence));
    if (events.isEmpty()) {
      return;
    }
    line("Events, in firing order");
    for (FiredEvent event : events) {
      line(INDENT + (event.sequence() + 1) + ". " + caption(event) + "  [" + event.thread() + "]");
      if (!event.delivered()) {
        line(DETAIL + "not delivered: the module did not subscribe to " + event.event().constantName());
        continue;
      }
      line(DETAIL + "-> " + event.status().map(status -> "GL_NOTIFICATION_" + status.name())
          .orElse("status " + event.statusValue()));
      List<LogEntry> written = report.logEntries().stream()
          .filter(entry -> entry.eventSequence() != null && entry.eventSequence() == event.sequence())
          .toList();
      if (written.isEmpty()) {
        line(DETAIL + "(no event-log entry)");
      }
      for (LogEntry entry : written) {
        line(DETAIL + "event log, " + level(entry) + ": " + entry.message());
      }
    }
    line("");
  }

  private void entriesOutsideEvents() {
    List<LogEntry> others = report.logEntries().stream()
        .filter(entry -> entry.eventSequence() == null)
        .toList();
    if (others.isEmpty()) {
      return;
    }
    line("Event log outside events (the jiis runtime starting and stopping the module)");
    for (LogEntry entry : others) {
      String where = entry.during() != null ? entry.during() : "thread " + entry.thread();
      line(INDENT + where + ", " + level(entry) + ": " + entry.message());
    }
    line("");
  }

  private void errors() {
    if (report.errors().isEmpty()) {
      return;
    }
    line("Errors");
    for (HostError error : report.errors()) {
      line(INDENT + error.kind() + ": " + error.message());
    }
    line("");
  }

  private void totals() {
    HostSummary summary = report.summary();
    List<RecordReferences> unbalanced = report.unbalancedRecords();
    line("Result: " + summary.delivered() + " events delivered, " + summary.continued()
        + " answered CONTINUE, " + summary.handled() + " HANDLED; " + summary.records()
        + " cache records, "
        + (unbalanced.isEmpty() ? "every reference released" : unbalanced.size() + " with references still held")
        + "; " + (summary.errors() == 0 ? "no errors" : summary.errors() + " errors") + ".");
  }

  private String caption(FiredEvent event) {
    return event.step() < stepCaptions.size() ? stepCaptions.get(event.step()) : "step " + event.step();
  }

  private static String level(LogEntry entry) {
    return entry.level() != null ? entry.level().name().toLowerCase(Locale.ROOT) : "level " + entry.levelValue();
  }

  private static String hex(int value) {
    return String.format(Locale.ROOT, "0x%08X", value);
  }

  private void line(String value) {
    text.append(value).append('\n');
  }
}
