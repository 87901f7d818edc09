package org.jiis.internal;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The views of one record kept alive with {@code ReferenceCacheData}, usable from any thread until
 * {@link #close}. The record is released ({@code DereferenceCacheData}) exactly once: by
 * {@code close} when no view call is in progress, otherwise by the last call in progress as it
 * finishes, so closing on one thread never frees a record another thread is reading.
 */
final class RetainedScope extends ViewScope {

  /** Set in {@link #state} once closed; the other bits count the view calls in progress. */
  private static final int CLOSED = Integer.MIN_VALUE;

  private final AtomicInteger state = new AtomicInteger();
  private final Runnable release;

  /** @param release releases the record; run exactly once, after the last use */
  RetainedScope(Runnable release) {
    this.release = release;
  }

  @Override
  void enter(NativeView view) {
    while (true) {
      int s = state.get();
      if ((s & CLOSED) != 0) {
        throw new IllegalStateException(
            "This " + view.typeName() + " view belongs to a RetainedRecord that was closed; it is"
                + " valid only until RetainedRecord.close(). To keep a cache record, call"
                + " CacheRecord.retain() during a callback and close the RetainedRecord when done.");
      }
      if (state.compareAndSet(s, s + 1)) {
        return;
      }
    }
  }

  @Override
  void exit() {
    if (state.decrementAndGet() == CLOSED) {
      release.run();
    }
  }

  /** Closes the scope; only the first call has an effect. */
  void close() {
    while (true) {
      int s = state.get();
      if ((s & CLOSED) != 0) {
        return;
      }
      if (state.compareAndSet(s, s | CLOSED)) {
        if (s == 0) {
          release.run();
        }
        return;
      }
    }
  }

  boolean isClosed() {
    return (state.get() & CLOSED) != 0;
  }

  @Override
  long epoch() {
    return 0;
  }

  @Override
  boolean reusesViews() {
    return false;
  }
}
