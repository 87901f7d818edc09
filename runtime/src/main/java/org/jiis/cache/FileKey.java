package org.jiis.cache;

/** A view of {@code IFileKey}: the key of a file-cache entry. */
public interface FileKey extends CacheKey {

  /** {@code GetPath}: the physical path of the cached file. */
  String path();
}
