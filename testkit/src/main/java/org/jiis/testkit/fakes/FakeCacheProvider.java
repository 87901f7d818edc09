package org.jiis.testkit.fakes;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheOperation;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.CacheRecord;

/**
 * A fake {@link CacheProvider}: what a {@code CacheOperationListener} receives. Like the real
 * view it works only on the thread that built it and until {@link #endCallback()}, which also
 * ends its key and record.
 *
 * <pre>{@code
 * FakeCacheProvider provider = FakeCacheProvider.builder()
 *     .operation(CacheOperation.ADD)
 *     .record(FakeTokenEntry.builder().build())
 *     .build();
 * GlobalNotificationStatus status = module.onCacheOperation(provider);
 * provider.endCallback();
 * }</pre>
 */
public final class FakeCacheProvider implements CacheProvider {

  private final FakeScope scope;
  private final CacheOperation operation;
  private final FakeKey key;
  private final FakeRecord record;
  private final List<Integer> errorStatuses = new CopyOnWriteArrayList<>();

  private FakeCacheProvider(FakeScope scope, CacheOperation operation, FakeKey key,
      FakeRecord record) {
    this.scope = scope;
    this.operation = operation;
    this.key = key;
    this.record = record;
  }

  /** A builder for a {@code RETRIEVE} operation without key or record, unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Ends the callback that received this provider, as the runtime does when the listener returns:
   * from now on the provider, its key and its record throw {@link IllegalStateException}. Records
   * retained during the callback stay usable until closed.
   */
  public void endCallback() {
    scope.end();
    if (key != null) {
      key.endCallback();
    }
    if (record != null) {
      record.endCallback();
    }
  }

  @Override
  public CacheOperation operation() {
    check();
    return operation;
  }

  @Override
  public CacheKey key() {
    check();
    return key;
  }

  @Override
  public CacheRecord record() {
    check();
    return record;
  }

  @Override
  public void setErrorStatus(int hresult) {
    check();
    errorStatuses.add(hresult);
  }

  /** The {@code HRESULT}s the module passed to {@link #setErrorStatus}, oldest first. */
  public List<Integer> errorStatuses() {
    return List.copyOf(errorStatuses);
  }

  private void check() {
    scope.check("CacheProvider");
  }

  @Override
  public String toString() {
    return "FakeCacheProvider[" + operation + ", " + key + ", " + record + "]";
  }

  /** Builds a {@link FakeCacheProvider}. */
  public static final class Builder {

    private CacheOperation operation = CacheOperation.RETRIEVE;
    private FakeKey key;
    private boolean keySet;
    private FakeRecord record;

    private Builder() {}

    /** {@code GetCacheOperation}. */
    public Builder operation(CacheOperation operation) {
      this.operation = Objects.requireNonNull(operation, "operation");
      return this;
    }

    /** {@code GetCacheKey}: the key operated on; the record's key unless set, may be null. */
    public Builder key(FakeKey key) {
      this.key = key;
      this.keySet = true;
      return this;
    }

    /** {@code GetCacheRecord}: the record operated on, or {@code null} (the default). */
    public Builder record(FakeRecord record) {
      this.record = record;
      return this;
    }

    /** A provider usable on the current thread until {@link FakeCacheProvider#endCallback()}. */
    public FakeCacheProvider build() {
      FakeKey providerKey = keySet ? key : record != null ? record.rawKey() : null;
      return new FakeCacheProvider(FakeScope.callback(), operation, providerKey, record);
    }
  }
}
