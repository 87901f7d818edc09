package org.jiis.testkit.fakes;

import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.RetainedRecord;

/**
 * The fakes of {@link CacheRecord}: {@link FakeTokenEntry}, {@link FakeFileInfo} and the plain
 * {@link FakeCacheRecord}. They follow the rules of the real views:
 *
 * <ul>
 *   <li>A record built by a builder is a callback view: usable only on the thread that built it
 *       and until {@link #endCallback()} (or {@link FakeCacheProvider#endCallback()}); then every
 *       method throws {@link IllegalStateException}.
 *   <li>{@link #retain()} takes a reference ({@link RecordState#referenceCount()} goes up) and
 *       returns a {@link RetainedRecord} whose {@link RetainedRecord#record() record()} is a
 *       separate view, usable from any thread until the retained record is closed. Closing
 *       releases the reference exactly once; closing again does nothing.
 *   <li>{@link #decrementTtl()} counts down the time to live the record was built with and
 *       reports expiry when it reaches 0; {@link #resetTtl()} restores it.
 * </ul>
 *
 * <p>{@link #state()} shows what IIS holds for the record, at any time.
 */
public abstract sealed class FakeRecord implements CacheRecord
    permits FakeCacheRecord, FakeTokenEntry, FakeFileInfo {

  /** The time to live of a record built without {@code ttl(...)}: two decrements expire it. */
  public static final int DEFAULT_TTL = 2;

  private final FakeScope scope;
  private final RecordState state;
  private final FakeKey key;

  FakeRecord(FakeScope scope, RecordState state, FakeKey key) {
    this.scope = scope;
    this.state = state;
    this.key = key;
  }

  /** What IIS holds for this record (shared with its retained views); readable at any time. */
  public final RecordState state() {
    return state;
  }

  /** Ends the callback that received this record: from now on it and its key throw. */
  public final void endCallback() {
    scope.end();
    if (key != null) {
      key.endCallback();
    }
  }

  @Override
  public final CacheKey key() {
    check();
    return key;
  }

  @Override
  public final boolean isFlushed() {
    check();
    return state.isFlushed();
  }

  @Override
  public final void setFlushed() {
    check();
    state.setFlushed();
  }

  @Override
  public final void resetTtl() {
    check();
    state.resetTtl();
  }

  @Override
  public final boolean decrementTtl() {
    check();
    return state.decrementTtl();
  }

  @Override
  public final RetainedRecord retain() {
    check();
    FakeScope retainedScope = FakeScope.retained();
    FakeRecord view = inScope(retainedScope, key == null ? null : key.inScope(retainedScope));
    state.reference();
    return new FakeRetainedRecord(view, retainedScope, state);
  }

  /** Throws {@link IllegalStateException} unless the record may be used now. */
  final void check() {
    scope.check(typeName());
  }

  /** The API type this fake stands for, as the runtime names it in messages. */
  abstract String typeName();

  /** The same record over the same state, valid in {@code scope}, with {@code key}. */
  abstract FakeRecord inScope(FakeScope scope, FakeKey key);

  /** The key whether or not the record may be used: for a provider built around the record. */
  final FakeKey rawKey() {
    return key;
  }

  /** Shared by the record builders: the flushed flag and the time to live. */
  public abstract static class Builder<B extends Builder<B>> {

    private int ttl = DEFAULT_TTL;
    private boolean flushed;

    Builder() {}

    /**
     * The number of {@code decrementTtl} calls after which the record has expired; 0 builds an
     * expired record. {@value FakeRecord#DEFAULT_TTL} unless set.
     */
    public final B ttl(int ttl) {
      if (ttl < 0) {
        throw new IllegalArgumentException("ttl must be 0 or more, got " + ttl);
      }
      this.ttl = ttl;
      return self();
    }

    /** Whether the record starts flushed; false unless set. */
    public final B flushed(boolean flushed) {
      this.flushed = flushed;
      return self();
    }

    final RecordState newState() {
      return new RecordState(ttl, flushed);
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }
  }
}
