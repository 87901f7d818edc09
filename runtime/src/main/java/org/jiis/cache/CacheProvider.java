package org.jiis.cache;

import org.jiis.event.EventProvider;

/**
 * A view of {@code ICacheProvider} (an {@code IHttpEventProvider}): the cache operation IIS reports
 * to {@link org.jiis.CacheOperationListener}. Valid only during the callback that received it;
 * after the callback returns every method throws {@link IllegalStateException}.
 */
public interface CacheProvider extends EventProvider {

  /** {@code GetCacheOperation}: what IIS did. */
  CacheOperation operation();

  /** {@code GetCacheKey}: the key operated on, or {@code null} when IIS passes none. */
  CacheKey key();

  /** {@code GetCacheRecord}: the record operated on, or {@code null} when IIS passes none. */
  CacheRecord record();
}
