package org.jiis.testkit.host;

/**
 * The simulator process's resident memory and thread count at one point of the run: a {@code
 * memory} line.
 *
 * @param point {@code "registered"} (after every {@code RegisterModule}), {@code "events"} (every
 *     {@link Scenario.Builder#memoryEvery memoryEvery} events), {@code "workers-done"} (the worker
 *     threads have ended) or {@code "end"} (after {@code Terminate} and the late events)
 * @param thread the thread that took the sample
 * @param fired the events fired by then
 * @param residentBytes the process's resident set size (-1 if {@code /proc} could not be read)
 * @param processThreads the process's threads, the JVM's included (-1 if unknown)
 */
public record MemorySample(
    String point, String thread, long fired, long residentBytes, long processThreads) {

  static MemorySample from(ReportLine line) {
    return new MemorySample(
        line.string("point"),
        line.string("thread"),
        line.number("fired"),
        line.number("residentBytes"),
        line.number("processThreads"));
  }
}
