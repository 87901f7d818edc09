package org.jiis.testkit.fakes;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * What IIS holds for one fake cache record: its flushed flag, time to live and references. Shared
 * by the record's callback view and its retained views, and readable at any time, so a test can
 * assert on it after the callback has ended.
 */
public final class RecordState {

  private final int initialTtl;
  private final AtomicInteger ttl;
  private final AtomicInteger references = new AtomicInteger();
  private final AtomicInteger retains = new AtomicInteger();
  private volatile boolean flushed;

  RecordState(int ttl, boolean flushed) {
    this.initialTtl = ttl;
    this.ttl = new AtomicInteger(ttl);
    this.flushed = flushed;
  }

  /** Whether the record is marked flushed (by the builder or by {@code setFlushed}). */
  public boolean isFlushed() {
    return flushed;
  }

  /** The {@code decrementTtl} calls left before the record expires; 0 once expired. */
  public int remainingTtl() {
    return ttl.get();
  }

  /** The time to live the record was built with, which {@code resetTtl} restores. */
  public int initialTtl() {
    return initialTtl;
  }

  /** References taken with {@code retain()} and not yet released by closing them. */
  public int referenceCount() {
    return references.get();
  }

  /** Every {@code retain()} call so far ({@code ReferenceCacheData}), released or not. */
  public int retainCount() {
    return retains.get();
  }

  void setFlushed() {
    flushed = true;
  }

  void resetTtl() {
    ttl.set(initialTtl);
  }

  /** Counts down one step; returns whether the time to live has expired. */
  boolean decrementTtl() {
    return ttl.updateAndGet(t -> Math.max(t - 1, 0)) == 0;
  }

  void reference() {
    retains.incrementAndGet();
    references.incrementAndGet();
  }

  void dereference() {
    references.decrementAndGet();
  }

  @Override
  public String toString() {
    return "RecordState[flushed=" + flushed + ", ttl=" + ttl.get() + "/" + initialTtl
        + ", references=" + references.get() + "]";
  }
}
