package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.jiis.GlobalNotificationStatus;
import org.jiis.internal.FakeNatives.LogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Whatever a handler throws stays in Java: logged with its stack trace, the event continues. */
class ContainmentTest {

  private static final String NL = System.lineSeparator();
  private static final int CONTINUE = GlobalNotificationStatus.CONTINUE.value();
  private static final int HANDLED = GlobalNotificationStatus.HANDLED.value();

  private final FakeNatives natives = new FakeNatives();
  private final AtomicLong clock = new AtomicLong();
  private final NativeModule module =
      NativeModule.start(TestDispatcher.NAME, TestDispatcher.class.getName(), natives, false,
          natives.server, FakeNatives.SERVER_VERSION, FakeNatives.MODULE_ID, clock::get);
  private final TestDispatcher dispatcher = TestDispatcher.of(module);

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  private static String contained(String hook, Class<?> type, String outcome) {
    return "Module TestModule: the " + hook + " threw " + type.getName() + "; " + outcome + "." + NL;
  }

  private static String containedEvent(String event, Class<?> type) {
    return contained(event + " handler", type, "the event continues (GL_NOTIFICATION_CONTINUE)");
  }

  /** Fires a cache-operation event whose handler throws {@code thrown}; then one that succeeds. */
  private LogEntry failOnceThenSucceed(Throwable thrown) {
    dispatcher.cacheOperation = provider -> {
      throw sneaky(thrown);
    };
    assertThat(natives.fire(module, natives.tokenEvent("alice", null))).isEqualTo(CONTINUE);

    dispatcher.cacheOperation = provider -> {
      provider.record().isFlushed();
      return GlobalNotificationStatus.HANDLED;
    };
    assertThat(natives.fire(module, natives.tokenEvent("bob", null))).isEqualTo(HANDLED);

    List<LogEntry> log = natives.log();
    assertThat(log).hasSize(1);
    assertThat(log.get(0).level()).isEqualTo(NativeAccess.LOG_ERROR);
    return log.get(0);
  }

  @Test
  void aRuntimeExceptionIsLoggedWithItsStackTrace() {
    LogEntry entry = failOnceThenSucceed(new IllegalStateException("no such user"));

    assertThat(entry.message()).startsWith(
        containedEvent("CACHE_OPERATION", IllegalStateException.class)
            + "java.lang.IllegalStateException: no such user" + NL
            + "\tat org.jiis.internal.ContainmentTest.aRuntimeExceptionIsLoggedWithItsStackTrace(");
  }

  @Test
  void anErrorIsLoggedWithItsStackTraceAndCause() {
    LogEntry entry = failOnceThenSucceed(
        new InternalError("broken invariant", new IllegalArgumentException("bad value")));

    assertThat(entry.message()).startsWith(
        containedEvent("CACHE_OPERATION", InternalError.class)
            + "java.lang.InternalError: broken invariant" + NL
            + "\tat org.jiis.internal.ContainmentTest.anErrorIsLoggedWithItsStackTraceAndCause(");
    assertThat(entry.message()).contains(
        NL + "Caused by: java.lang.IllegalArgumentException: bad value" + NL);
  }

  @Test
  void aStackOverflowOnAnIisSizedThreadIsContained() throws Exception {
    dispatcher.cacheOperation = provider -> {
      recurse(0);
      return GlobalNotificationStatus.HANDLED;
    };
    AtomicInteger overflowed = new AtomicInteger(-1);
    AtomicInteger next = new AtomicInteger(-1);
    // IIS gives its worker threads 512 KB stacks (x64).
    Thread worker = new Thread(null, () -> {
      overflowed.set(natives.fire(module, natives.tokenEvent("alice", null)));
      dispatcher.cacheOperation = provider -> GlobalNotificationStatus.HANDLED;
      next.set(natives.fire(module, natives.tokenEvent("bob", null)));
    }, "iis-worker", 512 * 1024);
    worker.start();
    worker.join();

    assertThat(overflowed.get()).isEqualTo(CONTINUE);
    assertThat(next.get()).isEqualTo(HANDLED);
    List<LogEntry> log = natives.log();
    assertThat(log).hasSize(1);
    assertThat(log.get(0).message()).startsWith(
        containedEvent("CACHE_OPERATION", StackOverflowError.class)
            + "java.lang.StackOverflowError" + NL
            + "\tat org.jiis.internal.ContainmentTest.recurse(");
  }

  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  @Test
  void aThrowableWhoseMessageThrowsIsStillReported() {
    LogEntry entry = failOnceThenSucceed(new IllegalStateException() {
      @Override
      public String getMessage() {
        throw new UnsupportedOperationException("no message for you");
      }
    });

    // Its frames need no message: they say where it was thrown.
    assertThat(entry.message()).matches(
        "Module TestModule: the CACHE_OPERATION handler threw org\\.jiis\\.internal\\.ContainmentTest\\$\\d+;"
            + " the event continues \\(GL_NOTIFICATION_CONTINUE\\)\\. Its stack trace could not be"
            + " written: java\\.lang\\.UnsupportedOperationException" + NL
            + "\tat org\\.jiis\\.internal\\.ContainmentTest\\.aThrowableWhoseMessageThrowsIsStillReported\\(ContainmentTest\\.java:\\d+\\)"
            + NL + "(?s).*");
  }

  @Test
  void aThrowingCleanupHandlerIsContained() {
    dispatcher.cacheCleanup = () -> {
      throw new IllegalStateException("cleanup failed");
    };

    assertThat(module.cacheCleanup()).isEqualTo(CONTINUE);

    assertThat(natives.log().get(0).message()).startsWith(
        containedEvent("CACHE_CLEANUP", IllegalStateException.class)
            + "java.lang.IllegalStateException: cleanup failed" + NL);
  }

  @Test
  void aThrowingTerminateHookIsContained() {
    dispatcher.terminate = () -> {
      throw new IllegalStateException("close failed");
    };

    module.terminate();

    assertThat(natives.log().get(0).message()).startsWith(
        contained("terminate hook", IllegalStateException.class, "the module is terminated anyway")
            + "java.lang.IllegalStateException: close failed" + NL);
  }

  @Test
  void aHandlerFailingOnEveryEventWritesABoundedNumberOfEntriesAndCountsTheRest() {
    dispatcher.cacheOperation = provider -> {
      throw new IllegalStateException("always");
    };
    int limit = NativeModule.FAILURE_ENTRIES_PER_SECOND;

    fireMany(limit + 15);
    assertThat(errors()).isEqualTo(limit);

    clock.addAndGet(RateLimitedEventLog.WINDOW_NANOS);
    fireMany(limit + 3);
    List<LogEntry> log = natives.log();
    assertThat(log.get(limit)).isEqualTo(new LogEntry(NativeAccess.LOG_WARNING,
        "Module TestModule: suppressed 15 log entries (more than " + limit + " in one second)"));
    assertThat(errors()).isEqualTo(2 * limit);

    module.terminate();
    assertThat(natives.log().get(natives.log().size() - 1)).isEqualTo(new LogEntry(
        NativeAccess.LOG_WARNING,
        "Module TestModule: suppressed 3 log entries (more than " + limit + " in one second)"));
  }

  private void fireMany(int events) {
    for (int i = 0; i < events; i++) {
      assertThat(natives.fire(module, natives.tokenEvent("alice", null))).isEqualTo(CONTINUE);
    }
  }

  private long errors() {
    return natives.log().stream().filter(e -> e.level() == NativeAccess.LOG_ERROR).count();
  }

  @SuppressWarnings("unchecked")
  private static <T extends Throwable> RuntimeException sneaky(Throwable thrown) throws T {
    throw (T) thrown;
  }
}
