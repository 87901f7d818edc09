package org.jiis.testkit.fakes;

import java.util.Objects;
import java.util.Set;
import org.jiis.cache.CacheKey;

/**
 * A fake key of a cache other than the three IIS global caches, which IIS exposes as a plain
 * {@link CacheKey}.
 */
public final class FakeCacheKey extends FakeKey {

  private static final Set<String> GLOBAL_CACHES =
      Set.of(URI_CACHE_NAME, FILE_CACHE_NAME, TOKEN_CACHE_NAME);

  private final String cacheName;

  private FakeCacheKey(FakeScope scope, int hash, String cacheName) {
    super(scope, hash);
    this.cacheName = cacheName;
  }

  /**
   * A builder for a key of the cache {@code cacheName}, which must not be {@code "TOKEN"},
   * {@code "FILE"} or {@code "URI"}: IIS gives keys of those caches their specific type.
   */
  public static Builder builder(String cacheName) {
    Objects.requireNonNull(cacheName, "cacheName");
    if (GLOBAL_CACHES.contains(cacheName)) {
      throw new IllegalArgumentException(
          "A key of the " + cacheName + " cache is a " + specificFake(cacheName)
              + " under IIS, never a plain CacheKey; build a " + specificFake(cacheName)
              + " instead");
    }
    return new Builder(cacheName);
  }

  private static String specificFake(String cacheName) {
    return switch (cacheName) {
      case TOKEN_CACHE_NAME -> "FakeTokenKey";
      case FILE_CACHE_NAME -> "FakeFileKey";
      default -> "FakeUriKey";
    };
  }

  @Override
  String name() {
    return cacheName;
  }

  @Override
  String typeName() {
    return "CacheKey";
  }

  @Override
  FakeKey inScope(FakeScope scope) {
    return new FakeCacheKey(scope, rawHash(), cacheName);
  }

  @Override
  public String toString() {
    return "FakeCacheKey[" + cacheName + "]";
  }

  /** Builds a {@link FakeCacheKey}. */
  public static final class Builder extends FakeKey.Builder<Builder> {

    private final String cacheName;

    private Builder(String cacheName) {
      this.cacheName = cacheName;
    }

    /** A key usable on the current thread until {@link FakeKey#endCallback()}. */
    public FakeCacheKey build() {
      return new FakeCacheKey(FakeScope.callback(), hashOr(cacheName.hashCode()), cacheName);
    }
  }
}
