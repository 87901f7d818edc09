package org.jiis.internal;

import org.jiis.cache.CacheRecord;
import org.jiis.cache.RetainedRecord;

/**
 * A record kept alive with {@code ReferenceCacheData}; {@link #close()} leads to exactly one
 * {@code DereferenceCacheData} (see {@link RetainedScope}). Its view, and every key view reached
 * from it, may be used from any thread until then.
 */
final class RetainedCacheRecord implements RetainedRecord {

  private final RetainedScope scope;
  private final CacheRecordView record;

  private RetainedCacheRecord(NativeAccess natives, long pointer, int kind) {
    this.scope = new RetainedScope(() -> natives.httpCacheSpecificDataDereferenceCacheData(pointer));
    this.record = RecordViews.create(kind, natives, scope);
    record.bind(pointer);
  }

  /**
   * References the record and returns its handle. Everything that can fail is allocated first, so
   * a reference is never taken without a handle to release it.
   */
  static RetainedRecord retain(NativeAccess natives, long pointer, int kind) {
    RetainedCacheRecord retained = new RetainedCacheRecord(natives, pointer, kind);
    natives.httpCacheSpecificDataReferenceCacheData(pointer);
    return retained;
  }

  @Override
  public CacheRecord record() {
    return record;
  }

  @Override
  public void close() {
    scope.close();
  }

  @Override
  public String toString() {
    return "RetainedRecord[" + record.typeName() + (scope.isClosed() ? ", closed]" : ", open]");
  }
}
