package org.jiis.internal;

import org.jiis.cache.CacheKey;

/**
 * The key views one parent (a provider or a record) hands out. In a callback each kind's view is
 * created once and rebound on every call; in a retained record every call creates a view, because
 * other threads may hold the previous one.
 */
final class KeyViews {

  private final NativeAccess natives;
  private final ViewScope scope;
  private CacheKeyView other;
  private TokenKeyView token;
  private FileKeyView file;
  private UriKeyView uri;

  KeyViews(NativeAccess natives, ViewScope scope) {
    this.natives = natives;
    this.scope = scope;
  }

  /** The view of the {@code IHttpCacheKey*} {@code key}, or {@code null} when it is 0. */
  CacheKey bind(long key) {
    if (key == 0) {
      return null;
    }
    int kind = natives.httpCacheKeyKind(key);
    CacheKeyView view = scope.reusesViews() ? reusable(kind) : create(kind, natives, scope);
    view.bind(key);
    return view;
  }

  private CacheKeyView reusable(int kind) {
    return switch (kind) {
      case NativeAccess.KEY_TOKEN -> token != null ? token : (token = new TokenKeyView(natives, scope));
      case NativeAccess.KEY_FILE -> file != null ? file : (file = new FileKeyView(natives, scope));
      case NativeAccess.KEY_URI -> uri != null ? uri : (uri = new UriKeyView(natives, scope));
      case NativeAccess.KEY_OTHER -> other != null ? other : (other = new CacheKeyView(natives, scope));
      default -> throw unknownKind(kind);
    };
  }

  private static CacheKeyView create(int kind, NativeAccess natives, ViewScope scope) {
    return switch (kind) {
      case NativeAccess.KEY_TOKEN -> new TokenKeyView(natives, scope);
      case NativeAccess.KEY_FILE -> new FileKeyView(natives, scope);
      case NativeAccess.KEY_URI -> new UriKeyView(natives, scope);
      case NativeAccess.KEY_OTHER -> new CacheKeyView(natives, scope);
      default -> throw unknownKind(kind);
    };
  }

  private static IllegalStateException unknownKind(int kind) {
    return new IllegalStateException(
        "jiis internal error: the native side reported cache key kind " + kind
            + " (known: 0 to 3); the module's native library and jiis runtime jar do not match");
  }
}
