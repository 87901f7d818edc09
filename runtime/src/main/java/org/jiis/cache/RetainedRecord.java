package org.jiis.cache;

/**
 * A cache record kept alive with {@code ReferenceCacheData}. {@link #close()} releases it with
 * {@code DereferenceCacheData}; closing again does nothing.
 */
public interface RetainedRecord extends AutoCloseable {

  /** The record, valid until this handle is closed. */
  CacheRecord record();

  /** Releases the record. Idempotent. */
  @Override
  void close();
}
