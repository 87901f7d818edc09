package org.jiis.cache;

/**
 * A view of {@code IHttpCacheKey}. Keys of the three IIS global caches are one of
 * {@link TokenKey}, {@link FileKey} or {@link UriKey}; a key of another cache is a plain
 * {@code CacheKey}. Valid only as long as the record or provider it came from.
 */
public interface CacheKey {

  /** The {@code URI_CACHE_NAME} value. */
  String URI_CACHE_NAME = "URI";
  /** The {@code FILE_CACHE_NAME} value. */
  String FILE_CACHE_NAME = "FILE";
  /** The {@code TOKEN_CACHE_NAME} value. */
  String TOKEN_CACHE_NAME = "TOKEN";

  /** {@code GetCacheName}: {@code "TOKEN"}, {@code "FILE"}, {@code "URI"} or another cache's name. */
  String cacheName();

  /** {@code GetHash}: the key's hash as IIS computes it (a DWORD, as an unsigned 32-bit value). */
  int hash();
}
