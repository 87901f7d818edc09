package org.jiis.testkit.fakes;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.OptionalInt;
import org.jiis.cache.FileInfo;
import org.jiis.security.TokenHandle;

/** A fake {@link FileInfo}: an entry of the IIS file cache. */
public final class FakeFileInfo extends FakeRecord implements FileInfo {

  /** {@code FILE_ATTRIBUTE_NORMAL} of the Windows API: the default attributes. */
  public static final int FILE_ATTRIBUTE_NORMAL = 0x80;
  /** The last modification time of a file built without {@code lastModifiedTime(...)}. */
  public static final Instant DEFAULT_LAST_MODIFIED_TIME = Instant.parse("2024-01-02T03:04:05Z");

  /** The HTTP date format (IMF-fixdate, RFC 9110). */
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);

  private final Fields fields;

  private FakeFileInfo(FakeScope scope, RecordState state, FakeKey key, Fields fields) {
    super(scope, state, key);
    this.fields = fields;
  }

  /**
   * A builder for a file of the default {@link FakeFileKey}'s path, empty, with normal attributes,
   * no ETag, a fixed last modification time, not kernel-cacheable, no virtual directory path and
   * a NULL virtual directory token, unless set.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public int attributes() {
    check();
    return fields.attributes;
  }

  @Override
  public long size() {
    check();
    return fields.size;
  }

  @Override
  public String filePath() {
    check();
    return fields.filePath;
  }

  @Override
  public String etag() {
    check();
    return fields.etag;
  }

  @Override
  public Instant lastModifiedTime() {
    check();
    return fields.lastModifiedTime;
  }

  @Override
  public String lastModifiedString() {
    check();
    return fields.lastModifiedString;
  }

  @Override
  public OptionalInt httpCacheSecondsToLive() {
    check();
    return fields.httpCacheSecondsToLive;
  }

  @Override
  public String vrPath() {
    check();
    return fields.vrPath;
  }

  @Override
  public TokenHandle vrToken() {
    check();
    return fields.vrToken;
  }

  @Override
  String typeName() {
    return "FileInfo";
  }

  @Override
  FakeRecord inScope(FakeScope scope, FakeKey key) {
    return new FakeFileInfo(scope, state(), key, fields);
  }

  @Override
  public String toString() {
    return "FakeFileInfo[" + fields.filePath + "]";
  }

  /** The file's data, shared by the callback view and retained views. */
  private record Fields(int attributes, long size, String filePath, String etag,
      Instant lastModifiedTime, String lastModifiedString, OptionalInt httpCacheSecondsToLive,
      String vrPath, TokenHandle vrToken) {}

  /** Builds a {@link FakeFileInfo}. */
  public static final class Builder extends FakeRecord.Builder<Builder> {

    private FakeFileKey key;
    private int attributes = FILE_ATTRIBUTE_NORMAL;
    private long size;
    private String filePath;
    private String etag;
    private Instant lastModifiedTime = DEFAULT_LAST_MODIFIED_TIME;
    private String lastModifiedString;
    private boolean lastModifiedStringSet;
    private OptionalInt httpCacheSecondsToLive = OptionalInt.empty();
    private String vrPath;
    private TokenHandle vrToken = TokenHandle.NULL;

    private Builder() {}

    /** {@code GetCacheKey}: a file-cache entry always has a file key. */
    public Builder key(FakeFileKey key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /** {@code GetAttributes}: {@code FILE_ATTRIBUTE_*} flags. */
    public Builder attributes(int attributes) {
      this.attributes = attributes;
      return this;
    }

    /** {@code GetSize}, in bytes. */
    public Builder size(long size) {
      if (size < 0) {
        throw new IllegalArgumentException("size must be 0 or more, got " + size);
      }
      this.size = size;
      return this;
    }

    /** {@code GetFilePath}; the key's path unless set. */
    public Builder filePath(String filePath) {
      this.filePath = Objects.requireNonNull(filePath, "filePath");
      return this;
    }

    /** {@code GetETag}, or {@code null} (the default). */
    public Builder etag(String etag) {
      this.etag = etag;
      return this;
    }

    /** {@code GetLastModifiedTime}. */
    public Builder lastModifiedTime(Instant lastModifiedTime) {
      this.lastModifiedTime = Objects.requireNonNull(lastModifiedTime, "lastModifiedTime");
      return this;
    }

    /**
     * {@code GetLastModifiedString}, or {@code null}; unless set, the HTTP date of the last
     * modification time, such as {@code "Tue, 02 Jan 2024 03:04:05 GMT"}.
     */
    public Builder lastModifiedString(String lastModifiedString) {
      this.lastModifiedString = lastModifiedString;
      this.lastModifiedStringSet = true;
      return this;
    }

    /** {@code GetHttpCacheAllowed}: the file may live this many seconds in the kernel cache. */
    public Builder httpCacheSecondsToLive(int seconds) {
      if (seconds < 0) {
        throw new IllegalArgumentException("seconds must be 0 or more, got " + seconds);
      }
      this.httpCacheSecondsToLive = OptionalInt.of(seconds);
      return this;
    }

    /** {@code GetVrPath}, or {@code null} (the default). */
    public Builder vrPath(String vrPath) {
      this.vrPath = vrPath;
      return this;
    }

    /** {@code GetVrToken}; {@code TokenHandle.NULL} unless set. */
    public Builder vrToken(TokenHandle vrToken) {
      this.vrToken = Objects.requireNonNull(vrToken, "vrToken");
      return this;
    }

    /** A file usable on the current thread until {@link FakeRecord#endCallback()}. */
    public FakeFileInfo build() {
      FakeFileKey fileKey = key != null ? key : FakeFileKey.builder().build();
      Fields fields = new Fields(attributes, size,
          filePath != null ? filePath : fileKey.rawPath(), etag, lastModifiedTime,
          lastModifiedStringSet ? lastModifiedString : HTTP_DATE.format(lastModifiedTime),
          httpCacheSecondsToLive, vrPath, vrToken);
      return new FakeFileInfo(FakeScope.callback(), newState(), fileKey, fields);
    }
  }
}
