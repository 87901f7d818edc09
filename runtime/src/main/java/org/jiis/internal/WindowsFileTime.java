package org.jiis.internal;

import java.time.Instant;

/** Converts a Windows {@code FILETIME}: 100-nanosecond intervals since 1601-01-01T00:00:00Z. */
final class WindowsFileTime {

  /** Seconds from 1601-01-01 to 1970-01-01. */
  static final long EPOCH_OFFSET_SECONDS = 11_644_473_600L;
  private static final long INTERVALS_PER_SECOND = 10_000_000L;
  private static final int NANOS_PER_INTERVAL = 100;

  private WindowsFileTime() {}

  /** The instant of a {@code FILETIME} read as an unsigned 64-bit value. */
  static Instant toInstant(long fileTime) {
    long seconds = Long.divideUnsigned(fileTime, INTERVALS_PER_SECOND);
    long intervals = Long.remainderUnsigned(fileTime, INTERVALS_PER_SECOND);
    return Instant.ofEpochSecond(seconds - EPOCH_OFFSET_SECONDS, intervals * NANOS_PER_INTERVAL);
  }
}
