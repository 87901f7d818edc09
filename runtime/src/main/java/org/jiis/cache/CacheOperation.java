package org.jiis.cache;

/** The {@code CACHE_OPERATION} values: what IIS did to its cache. */
public enum CacheOperation {
  /** {@code CACHE_OPERATION_RETRIEVE} */
  RETRIEVE,
  /** {@code CACHE_OPERATION_ADD} */
  ADD,
  /** {@code CACHE_OPERATION_DELETE} */
  DELETE,
  /** {@code CACHE_OPERATION_FLUSH_PREFIX} */
  FLUSH_PREFIX,
  /** {@code CACHE_OPERATION_ENUM} */
  ENUM;

  private static final CacheOperation[] VALUES = values();

  /** The numeric {@code CACHE_OPERATION} value. */
  public int value() {
    return ordinal();
  }

  /** The {@code httpcach.h} constant name, for example {@code "CACHE_OPERATION_RETRIEVE"}. */
  public String constantName() {
    return "CACHE_OPERATION_" + name();
  }

  /**
   * The operation for a numeric {@code CACHE_OPERATION} value.
   *
   * @throws IllegalArgumentException if IIS sent a value this version of jiis does not know
   */
  public static CacheOperation fromValue(int value) {
    if (value < 0 || value >= VALUES.length) {
      throw new IllegalArgumentException(
          "Unknown CACHE_OPERATION value " + value + " (known: 0 to " + (VALUES.length - 1) + ")");
    }
    return VALUES[value];
  }
}
