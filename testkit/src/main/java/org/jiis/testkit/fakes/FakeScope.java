package org.jiis.testkit.fakes;

import java.util.concurrent.atomic.AtomicBoolean;

/**
 * When a fake view may be used, by the rules of the real views: a callback view only on the
 * thread that built it and until {@code endCallback()}; a retained view from any thread until its
 * {@code RetainedRecord} is closed. The messages are those of the jiis runtime.
 */
abstract sealed class FakeScope {

  /** How to keep a cache view's data: the end of a cache view's lifetime message. */
  static final String KEEP_A_RECORD =
      "To keep a cache record, call CacheRecord.retain() during the callback and use"
          + " RetainedRecord.record() until you close the RetainedRecord.";

  /** How to keep the data of any other view: the end of its lifetime message. */
  static final String COPY_THE_VALUES =
      "To use its data later, copy the values you need (strings, numbers) during the callback.";

  /** A scope for views handed to one callback running on the current thread. */
  static FakeScope callback() {
    return new Callback(Thread.currentThread());
  }

  /** A scope for the views of one retained record. */
  static FakeScope retained() {
    return new Retained();
  }

  /**
   * Checks that a cache view of type {@code typeName} (for example {@code "TokenEntry"}) may be
   * used.
   *
   * @throws IllegalStateException saying why not and how to keep a record
   */
  final void check(String typeName) {
    check(typeName, KEEP_A_RECORD);
  }

  /**
   * Checks that a view of type {@code typeName} may be used.
   *
   * @throws IllegalStateException saying why not, ending with {@code keepAdvice}
   */
  abstract void check(String typeName, String keepAdvice);

  /** Ends the scope; returns whether this call ended it (false if it had ended already). */
  abstract boolean end();

  private static final class Callback extends FakeScope {

    private final Thread thread;
    private volatile boolean ended;

    Callback(Thread thread) {
      this.thread = thread;
    }

    @Override
    void check(String typeName, String keepAdvice) {
      Thread current = Thread.currentThread();
      if (current != thread) {
        throw new IllegalStateException(
            "This " + typeName + " view was used on thread \"" + current.getName()
                + "\", but it is valid only during the callback that received it, on that"
                + " callback's thread (\"" + thread.getName() + "\"). " + keepAdvice);
      }
      if (ended) {
        throw new IllegalStateException(
            "This " + typeName + " view was used after its callback returned; it is valid only"
                + " during the callback that received it. " + keepAdvice);
      }
    }

    @Override
    boolean end() {
      boolean wasEnded = ended;
      ended = true;
      return !wasEnded;
    }
  }

  private static final class Retained extends FakeScope {

    private final AtomicBoolean closed = new AtomicBoolean();

    @Override
    void check(String typeName, String keepAdvice) {
      if (closed.get()) {
        throw new IllegalStateException(
            "This " + typeName + " view belongs to a RetainedRecord that was closed; it is valid"
                + " only until RetainedRecord.close(). To keep a cache record, call"
                + " CacheRecord.retain() during a callback and close the RetainedRecord when done.");
      }
    }

    @Override
    boolean end() {
      return closed.compareAndSet(false, true);
    }
  }
}
