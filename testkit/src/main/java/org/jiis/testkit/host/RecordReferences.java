package org.jiis.testkit.host;

/**
 * The references a module took and released on one cache record over the whole run: a {@code
 * record} line. The simulator makes one record per scenario step and hands the same record to
 * every thread and repetition that fires the step.
 *
 * @param step the scenario step
 * @param origin where the step was written, for example {@code "-e 1"} or {@code "s.txt:3"}
 * @param entry {@code "token"}, {@code "file"} or {@code "uri"}
 * @param taken {@code ReferenceCacheData} calls
 * @param released {@code DereferenceCacheData} calls
 * @param held references still held at the end ({@code taken - released})
 * @param flushed whether the record was flushed ({@code SetFlushed}, or the scenario said so)
 */
public record RecordReferences(
    int step, String origin, String entry, long taken, long released, long held, boolean flushed) {

  /** Whether every reference taken was released. */
  public boolean balanced() {
    return taken == released;
  }

  static RecordReferences from(ReportLine line) {
    return new RecordReferences(
        line.intNumber("step"),
        line.string("origin"),
        line.string("entry"),
        line.number("taken"),
        line.number("released"),
        line.number("held"),
        line.flag("flushed"));
  }
}
