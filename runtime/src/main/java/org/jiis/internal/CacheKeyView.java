package org.jiis.internal;

import org.jiis.cache.CacheKey;

/** {@link CacheKey} over an {@code IHttpCacheKey*}; the base of the three specific key views. */
class CacheKeyView extends NativeView implements CacheKey {

  CacheKeyView(NativeAccess natives, ViewScope scope) {
    super(natives, scope);
  }

  @Override
  public final String cacheName() {
    enter();
    try {
      return natives.httpCacheKeyGetCacheName(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public final int hash() {
    enter();
    try {
      return natives.httpCacheKeyGetHash(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "CacheKey";
  }

  @Override
  final String keepAdvice() {
    return CallbackScope.KEEP_A_RECORD;
  }
}
