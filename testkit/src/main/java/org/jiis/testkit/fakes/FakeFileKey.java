package org.jiis.testkit.fakes;

import java.util.Objects;
import org.jiis.cache.FileKey;

/** A fake {@link FileKey}: the key of a file-cache entry. */
public final class FakeFileKey extends FakeKey implements FileKey {

  /** The default physical path. */
  public static final String DEFAULT_PATH = "C:\\inetpub\\wwwroot\\index.htm";

  private final String path;

  private FakeFileKey(FakeScope scope, int hash, String path) {
    super(scope, hash);
    this.path = path;
  }

  /** A builder for a key of {@value #DEFAULT_PATH} unless set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String path() {
    check();
    return path;
  }

  @Override
  String name() {
    return FILE_CACHE_NAME;
  }

  @Override
  String typeName() {
    return "FileKey";
  }

  @Override
  FakeKey inScope(FakeScope scope) {
    return new FakeFileKey(scope, rawHash(), path);
  }

  /** The path, for the file-info builder's default file path. */
  String rawPath() {
    return path;
  }

  @Override
  public String toString() {
    return "FakeFileKey[" + path + "]";
  }

  /** Builds a {@link FakeFileKey}. */
  public static final class Builder extends FakeKey.Builder<Builder> {

    private String path = DEFAULT_PATH;

    private Builder() {}

    /** {@code GetPath}: the physical path of the cached file. */
    public Builder path(String path) {
      this.path = Objects.requireNonNull(path, "path");
      return this;
    }

    /** A key usable on the current thread until {@link FakeKey#endCallback()}. */
    public FakeFileKey build() {
      return new FakeFileKey(FakeScope.callback(), hashOr(Objects.hash(FILE_CACHE_NAME, path)),
          path);
    }
  }
}
