package org.jiis.testkit.host;

/**
 * Something the simulator found wrong: an {@code error} line.
 *
 * @param kind what went wrong, for example {@code "module-load"}, {@code "debug-break"} or
 *     {@code "reference-count"} (all kinds are listed in the simulator's README)
 * @param thread the thread it happened on
 * @param moduleName the module the simulator was calling on that thread, or {@code null}
 * @param during the module method the thread was in, or {@code null}
 * @param eventSequence the event being delivered, or {@code null}
 * @param message what happened and what to fix
 */
public record HostError(
    String kind,
    String thread,
    String moduleName,
    String during,
    Long eventSequence,
    String message) {

  static HostError from(ReportLine line) {
    return new HostError(
        line.string("kind"),
        line.string("thread"),
        line.optionalString("moduleName"),
        line.optionalString("during"),
        line.optionalNumber("eventSequence"),
        line.string("message"));
  }

  @Override
  public String toString() {
    return "[" + kind + "] " + message;
  }
}
