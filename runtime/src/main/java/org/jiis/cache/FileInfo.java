package org.jiis.cache;

import java.time.Instant;
import java.util.OptionalInt;
import org.jiis.security.TokenHandle;

/** A view of {@code IHttpFileInfo}: an entry of the IIS file cache. */
public interface FileInfo extends CacheRecord {

  /** {@code GetAttributes}: the file's {@code FILE_ATTRIBUTE_*} flags. */
  int attributes();

  /** {@code GetSize}: the file's size in bytes. */
  long size();

  /** {@code GetFilePath}: the file's physical path. */
  String filePath();

  /** {@code GetETag}: the entity tag IIS computed, or {@code null}. */
  String etag();

  /** {@code GetLastModifiedTime}, converted from a Windows {@code FILETIME}. */
  Instant lastModifiedTime();

  /** {@code GetLastModifiedString}: the HTTP date string of the last modification, or {@code null}. */
  String lastModifiedString();

  /**
   * {@code GetHttpCacheAllowed}: the seconds the response may live in the HTTP.sys kernel cache,
   * or empty when kernel caching is not allowed.
   */
  OptionalInt httpCacheSecondsToLive();

  /** {@code GetVrPath}: the physical path of the virtual directory, or {@code null}. */
  String vrPath();

  /** {@code GetVrToken}: the token of the virtual directory's user. */
  TokenHandle vrToken();
}
