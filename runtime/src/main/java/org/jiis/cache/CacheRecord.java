package org.jiis.cache;

/**
 * A view of {@code IHttpCacheSpecificData}: an entry of an IIS cache. A record of the token cache
 * is a {@link TokenEntry}, one of the file cache a {@link FileInfo}.
 *
 * <p>Valid only during the callback that produced it. To use a record after the callback returns,
 * call {@link #retain()} during the callback and use {@link RetainedRecord#record()} until the
 * retained record is closed.
 */
public interface CacheRecord {

  /** {@code GetCacheKey}: the record's key, or {@code null} when IIS returns none. */
  CacheKey key();

  /** {@code GetFlushed}: whether the record has been flushed from the cache. */
  boolean isFlushed();

  /** {@code SetFlushed}: marks the record as flushed. */
  void setFlushed();

  /** {@code ResetTTL}: restarts the record's time to live. */
  void resetTtl();

  /**
   * {@code DecrementTTL}: counts down the record's time to live.
   *
   * @return whether the time to live has expired
   */
  boolean decrementTtl();

  /**
   * {@code ReferenceCacheData}: keeps the record alive beyond the callback. The returned handle
   * calls {@code DereferenceCacheData} exactly once when closed; use it in try-with-resources or
   * close it from any thread when done.
   */
  RetainedRecord retain();
}
