package org.jiis.testkit.fakes;

import org.jiis.cache.CacheKey;

/**
 * The fakes of {@link CacheKey}: {@link FakeTokenKey}, {@link FakeFileKey}, {@link FakeUriKey},
 * and {@link FakeCacheKey} for a key of any other cache. Like a real key view, a fake key works
 * only on the thread that built it and until {@link #endCallback()}, or, reached from a retained
 * record, until that record is closed.
 */
public abstract sealed class FakeKey implements CacheKey
    permits FakeCacheKey, FakeTokenKey, FakeFileKey, FakeUriKey {

  private final FakeScope scope;
  private final int hash;

  FakeKey(FakeScope scope, int hash) {
    this.scope = scope;
    this.hash = hash;
  }

  /** Ends the callback that received this key: from now on every method throws. */
  public final void endCallback() {
    scope.end();
  }

  @Override
  public final String cacheName() {
    check();
    return name();
  }

  @Override
  public final int hash() {
    check();
    return hash;
  }

  /** Throws {@link IllegalStateException} unless the key may be used now. */
  final void check() {
    scope.check(typeName());
  }

  /** The cache name, whether or not the key may be used. */
  abstract String name();

  /** The API type this fake stands for, as the runtime names it in messages. */
  abstract String typeName();

  /** The same key, valid in {@code scope}: the key of a retained copy of a record. */
  abstract FakeKey inScope(FakeScope scope);

  final int rawHash() {
    return hash;
  }

  /** Shared by the key builders: the hash defaults to one computed from the key's content. */
  public abstract static class Builder<B extends Builder<B>> {

    private Integer hash;

    Builder() {}

    /** {@code GetHash}: the value IIS would compute for this key. */
    public final B hash(int hash) {
      this.hash = hash;
      return self();
    }

    final int hashOr(int computed) {
      return hash != null ? hash : computed;
    }

    @SuppressWarnings("unchecked")
    private B self() {
      return (B) this;
    }
  }
}
