package org.jiis.internal;

import java.util.function.LongSupplier;
import org.jiis.EventLog;

/**
 * An {@link EventLog} that writes at most a fixed number of entries per one-second window and
 * counts the rest. The first entry admitted after a window with suppressed entries is preceded by
 * one warning giving their count; {@link #flush()} writes a pending count without waiting for
 * another entry. So a handler that fails on every event writes a bounded number of lines per
 * second (the limit, plus one count line) and loses no information about how often it failed.
 */
final class RateLimitedEventLog implements EventLog {

  static final long WINDOW_NANOS = 1_000_000_000L;

  private final EventLog target;
  private final String moduleName;
  private final int entriesPerWindow;
  private final LongSupplier nanoClock;

  private boolean windowStarted;
  private long windowStart;
  private int admitted;
  private long suppressed;

  /**
   * @param entriesPerWindow the entries admitted per second, at least 1
   * @param nanoClock a monotonic clock in nanoseconds, {@code System::nanoTime} outside tests
   */
  RateLimitedEventLog(EventLog target, String moduleName, int entriesPerWindow, LongSupplier nanoClock) {
    if (entriesPerWindow < 1) {
      throw new IllegalArgumentException("entriesPerWindow must be at least 1, got " + entriesPerWindow);
    }
    this.target = target;
    this.moduleName = moduleName;
    this.entriesPerWindow = entriesPerWindow;
    this.nanoClock = nanoClock;
  }

  @Override
  public void info(String message) {
    if (admit()) {
      target.info(message);
    }
  }

  @Override
  public void warning(String message) {
    if (admit()) {
      target.warning(message);
    }
  }

  @Override
  public void error(String message) {
    if (admit()) {
      target.error(message);
    }
  }

  @Override
  public void error(String message, Throwable thrown) {
    if (admit()) {
      target.error(message, thrown);
    }
  }

  /** Writes the count of entries suppressed since the last count, if any. */
  void flush() {
    long count;
    synchronized (this) {
      count = suppressed;
      suppressed = 0;
    }
    reportSuppressed(count);
  }

  private boolean admit() {
    long count = 0;
    boolean admit;
    synchronized (this) {
      long now = nanoClock.getAsLong();
      if (!windowStarted || now - windowStart >= WINDOW_NANOS) {
        windowStarted = true;
        windowStart = now;
        admitted = 0;
        count = suppressed;
        suppressed = 0;
      }
      admit = admitted < entriesPerWindow;
      if (admit) {
        admitted++;
      } else {
        suppressed++;
      }
    }
    reportSuppressed(count);
    return admit;
  }

  private void reportSuppressed(long count) {
    if (count > 0) {
      target.warning(
          "Module " + moduleName + ": suppressed " + count + (count == 1 ? " log entry" : " log entries")
              + " (more than " + entriesPerWindow + " in one second)");
    }
  }
}
