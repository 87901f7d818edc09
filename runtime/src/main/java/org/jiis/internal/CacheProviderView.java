package org.jiis.internal;

import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheOperation;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.CacheRecord;

/** {@link CacheProvider} over an {@code ICacheProvider*}; lives only in a callback. */
final class CacheProviderView extends EventProviderView implements CacheProvider {

  private final KeyViews keys;
  private final RecordViews records;

  CacheProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
    this.keys = new KeyViews(natives, scope);
    this.records = new RecordViews(natives, scope);
  }

  @Override
  public CacheOperation operation() {
    enter();
    try {
      return CacheOperation.fromValue(natives.cacheProviderGetCacheOperation(pointer));
    } finally {
      exit();
    }
  }

  @Override
  public CacheKey key() {
    enter();
    try {
      return keys.bind(natives.cacheProviderGetCacheKey(pointer));
    } finally {
      exit();
    }
  }

  @Override
  public CacheRecord record() {
    enter();
    try {
      return records.bind(natives.cacheProviderGetCacheRecord(pointer));
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "CacheProvider";
  }

  @Override
  String keepAdvice() {
    return CallbackScope.KEEP_A_RECORD;
  }
}
