package org.jiis.testkit.host;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.jiis.security.TokenHandle;

/**
 * A file-cache entry for one path ({@code IFileKey::GetPath} and {@code
 * IHttpFileInfo::GetFilePath}). Unset values keep the simulator's defaults: size 0 (or the
 * content's length), attributes {@code 0x80}, no ETag, last modified at the {@code FILETIME}
 * epoch, no kernel caching, no virtual directory, a valid file handle, no buffer.
 */
public final class FileCacheEntry extends CacheEntry<FileCacheEntry> {

  /** 1601-01-01T00:00:00Z, where a {@code FILETIME} counts from. */
  private static final Instant FILETIME_EPOCH = Instant.parse("1601-01-01T00:00:00Z");

  private final String path;
  private Long size;
  private Long attributes;
  private String etag;
  private Long lastModified;
  private String lastModifiedString;
  private Long httpCacheSeconds;
  private String vrPath;
  private TokenHandle.State vrToken;
  private TokenHandle.State fileHandle;
  private String content;

  FileCacheEntry(String path) {
    this.path = Objects.requireNonNull(path, "path");
  }

  /** {@code GetSize}. */
  public FileCacheEntry size(long bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("size must not be negative, got " + bytes);
    }
    size = bytes;
    return this;
  }

  /** {@code GetAttributes}: {@code FILE_ATTRIBUTE_*} flags. */
  public FileCacheEntry attributes(int flags) {
    attributes = Integer.toUnsignedLong(flags);
    return this;
  }

  /** {@code GetETag}. */
  public FileCacheEntry etag(String value) {
    etag = Objects.requireNonNull(value, "etag");
    return this;
  }

  /** {@code GetLastModifiedTime}, as the {@code FILETIME} of this instant. */
  public FileCacheEntry lastModified(Instant time) {
    Duration sinceEpoch = Duration.between(FILETIME_EPOCH, time);
    if (sinceEpoch.isNegative()) {
      throw new IllegalArgumentException("A FILETIME cannot be before 1601: " + time);
    }
    lastModified = sinceEpoch.getSeconds() * 10_000_000L + sinceEpoch.getNano() / 100;
    return this;
  }

  /** {@code GetLastModifiedString}. */
  public FileCacheEntry lastModifiedString(String value) {
    lastModifiedString = Objects.requireNonNull(value, "lastModifiedString");
    return this;
  }

  /** {@code GetHttpCacheAllowed} returns TRUE with these seconds to live. */
  public FileCacheEntry httpCacheAllowed(long secondsToLive) {
    if (secondsToLive < 0 || secondsToLive > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("secondsToLive must be a DWORD, got " + secondsToLive);
    }
    httpCacheSeconds = secondsToLive;
    return this;
  }

  /** {@code GetVrPath}. */
  public FileCacheEntry vrPath(String value) {
    vrPath = Objects.requireNonNull(value, "vrPath");
    return this;
  }

  /** {@code GetVrToken}. */
  public FileCacheEntry vrToken(TokenHandle.State state) {
    vrToken = Objects.requireNonNull(state, "state");
    return this;
  }

  /** {@code GetFileHandle}. */
  public FileCacheEntry fileHandle(TokenHandle.State state) {
    fileHandle = Objects.requireNonNull(state, "state");
    return this;
  }

  /** {@code GetFileBuffer}: these characters as UTF-8 (and the size, unless set). */
  public FileCacheEntry content(String text) {
    content = Objects.requireNonNull(text, "content");
    return this;
  }

  @Override
  String kind() {
    return "file";
  }

  @Override
  void addFields(List<String> fields) {
    fields.add(field("path", path));
    if (size != null) {
      fields.add("size=" + size);
    }
    if (attributes != null) {
      fields.add("attributes=0x" + Long.toHexString(attributes));
    }
    if (etag != null) {
      fields.add(nullableField("etag", etag));
    }
    if (lastModified != null) {
      fields.add("last-modified=" + lastModified);
    }
    if (lastModifiedString != null) {
      fields.add(nullableField("last-modified-string", lastModifiedString));
    }
    if (httpCacheSeconds != null) {
      fields.add("http-cache=" + httpCacheSeconds);
    }
    if (vrPath != null) {
      fields.add(nullableField("vr-path", vrPath));
    }
    if (vrToken != null) {
      fields.add(handleField("vr-token", vrToken));
    }
    if (fileHandle != null) {
      fields.add(handleField("file-handle", fileHandle));
    }
    if (content != null) {
      fields.add(nullableField("content", content));
    }
  }
}
