package org.jiis.testkit.host;

/** The level of an event-log entry, as the jiis runtime and the simulator number them. */
public enum LogLevel {
  ERROR,
  WARNING,
  INFO,
  DEBUG;

  /** The number on the wire: 0 error, 1 warning, 2 info, 3 debug. */
  public int value() {
    return ordinal();
  }

  /** The level for its number, or {@code null} for a number outside 0 to 3. */
  static LogLevel ofValue(long value) {
    return value >= 0 && value < values().length ? values()[(int) value] : null;
  }
}
