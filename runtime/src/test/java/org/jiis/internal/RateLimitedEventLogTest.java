package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jiis.EventLog;
import org.junit.jupiter.api.Test;

class RateLimitedEventLogTest {

  private static final long SECOND = RateLimitedEventLog.WINDOW_NANOS;

  private final List<String> written = new ArrayList<>();
  private final AtomicLong clock = new AtomicLong(-5 * SECOND); // any origin, as System.nanoTime
  private final RateLimitedEventLog log = new RateLimitedEventLog(recorder(), "M", 3, clock::get);

  private EventLog recorder() {
    return new EventLog() {
      @Override
      public void info(String message) {
        written.add("info " + message);
      }

      @Override
      public void warning(String message) {
        written.add("warning " + message);
      }

      @Override
      public void error(String message) {
        written.add("error " + message);
      }

      @Override
      public void error(String message, Throwable thrown) {
        written.add("error " + message + " / " + thrown.getMessage());
      }
    };
  }

  @Test
  void writesUpToTheLimitPerWindowWhateverTheLevel() {
    log.info("1");
    log.warning("2");
    log.error("3", new IllegalStateException("t"));
    log.error("4");
    log.info("5");

    assertThat(written).containsExactly("info 1", "warning 2", "error 3 / t").inOrder();
  }

  @Test
  void theFirstEntryOfTheNextWindowIsPrecededByTheCount() {
    for (int i = 1; i <= 7; i++) {
      log.error("e" + i);
    }
    clock.addAndGet(SECOND);
    for (int i = 8; i <= 11; i++) {
      log.error("e" + i);
    }

    assertThat(written).containsExactly(
        "error e1", "error e2", "error e3",
        "warning Module M: suppressed 4 log entries (more than 3 in one second)",
        "error e8", "error e9", "error e10").inOrder();
  }

  @Test
  void aWindowLastsExactlyOneSecondFromItsFirstEntry() {
    log.error("a");
    clock.addAndGet(SECOND / 2);
    log.error("b");
    log.error("c");
    log.error("d");
    clock.addAndGet(SECOND / 2 - 1);
    log.error("e");
    clock.addAndGet(1);
    log.error("f");

    assertThat(written).containsExactly(
        "error a", "error b", "error c",
        "warning Module M: suppressed 2 log entries (more than 3 in one second)",
        "error f").inOrder();
  }

  @Test
  void oneSuppressedEntryIsSingularAndQuietWindowsWriteNoCount() {
    for (int i = 0; i < 4; i++) {
      log.error("x");
    }
    clock.addAndGet(10 * SECOND);
    log.error("y");
    clock.addAndGet(10 * SECOND);
    log.error("z");

    assertThat(written).containsExactly(
        "error x", "error x", "error x",
        "warning Module M: suppressed 1 log entry (more than 3 in one second)",
        "error y", "error z").inOrder();
  }

  @Test
  void flushWritesAPendingCountOnce() {
    for (int i = 0; i < 5; i++) {
      log.error("x");
    }

    log.flush();
    log.flush();

    assertThat(written).containsExactly(
        "error x", "error x", "error x",
        "warning Module M: suppressed 2 log entries (more than 3 in one second)").inOrder();
  }

  @Test
  void theLimitMustBePositive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> new RateLimitedEventLog(recorder(), "M", 0, clock::get));
    assertThat(e).hasMessageThat().isEqualTo("entriesPerWindow must be at least 1, got 0");
  }
}
