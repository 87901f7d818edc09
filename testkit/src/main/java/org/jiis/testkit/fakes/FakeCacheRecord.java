package org.jiis.testkit.fakes;

import org.jiis.cache.CacheRecord;

/**
 * A fake plain {@link CacheRecord}: an entry of a cache whose records have no specific type, such
 * as the URI cache. A token-cache or file-cache entry is a {@link FakeTokenEntry} or a
 * {@link FakeFileInfo}, so this fake refuses their keys.
 */
public final class FakeCacheRecord extends FakeRecord {

  private FakeCacheRecord(FakeScope scope, RecordState state, FakeKey key) {
    super(scope, state, key);
  }

  /** A builder for a URI-cache record with a default {@link FakeUriKey}, unless set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  String typeName() {
    return "CacheRecord";
  }

  @Override
  FakeRecord inScope(FakeScope scope, FakeKey key) {
    return new FakeCacheRecord(scope, state(), key);
  }

  @Override
  public String toString() {
    return "FakeCacheRecord[" + rawKey() + "]";
  }

  /** Builds a {@link FakeCacheRecord}. */
  public static final class Builder extends FakeRecord.Builder<Builder> {

    private FakeKey key;
    private boolean keySet;

    private Builder() {}

    /**
     * {@code GetCacheKey}: a {@link FakeUriKey}, a {@link FakeCacheKey}, or {@code null} for a
     * record without a key.
     *
     * @throws IllegalArgumentException for a token or file key, whose records have their own fakes
     */
    public Builder key(FakeKey key) {
      if (key instanceof FakeTokenKey) {
        throw new IllegalArgumentException(
            "A record with a TokenKey is a token-cache entry, which IIS always presents as a"
                + " TokenEntry: use FakeTokenEntry.builder().key(...)");
      }
      if (key instanceof FakeFileKey) {
        throw new IllegalArgumentException(
            "A record with a FileKey is a file-cache entry, which IIS always presents as a"
                + " FileInfo: use FakeFileInfo.builder().key(...)");
      }
      this.key = key;
      this.keySet = true;
      return this;
    }

    /** A record usable on the current thread until {@link FakeRecord#endCallback()}. */
    public FakeCacheRecord build() {
      FakeKey recordKey = keySet ? key : FakeUriKey.builder().build();
      return new FakeCacheRecord(FakeScope.callback(), newState(), recordKey);
    }
  }
}
