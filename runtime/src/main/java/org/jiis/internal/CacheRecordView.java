package org.jiis.internal;

import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.RetainedRecord;

/**
 * {@link CacheRecord} over an {@code IHttpCacheSpecificData*}; the base of the token-entry and
 * file-info views.
 */
class CacheRecordView extends NativeView implements CacheRecord {

  private final KeyViews keys;

  CacheRecordView(NativeAccess natives, ViewScope scope) {
    super(natives, scope);
    this.keys = new KeyViews(natives, scope);
  }

  /** The {@link NativeAccess} {@code RECORD_*} kind this view presents. */
  int kind() {
    return NativeAccess.RECORD_OTHER;
  }

  @Override
  public final CacheKey key() {
    enter();
    try {
      return keys.bind(natives.httpCacheSpecificDataGetCacheKey(pointer));
    } finally {
      exit();
    }
  }

  @Override
  public final boolean isFlushed() {
    enter();
    try {
      return natives.httpCacheSpecificDataGetFlushed(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public final void setFlushed() {
    enter();
    try {
      natives.httpCacheSpecificDataSetFlushed(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public final void resetTtl() {
    enter();
    try {
      natives.httpCacheSpecificDataResetTTL(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public final boolean decrementTtl() {
    enter();
    try {
      return natives.httpCacheSpecificDataDecrementTTL(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public final RetainedRecord retain() {
    enter();
    try {
      return RetainedCacheRecord.retain(natives, pointer, kind());
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "CacheRecord";
  }

  @Override
  final String keepAdvice() {
    return CallbackScope.KEEP_A_RECORD;
  }
}
