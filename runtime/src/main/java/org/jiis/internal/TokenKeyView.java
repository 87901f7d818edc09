package org.jiis.internal;

import org.jiis.cache.TokenKey;

/** {@link TokenKey} over an {@code IHttpTokenKey*}. */
final class TokenKeyView extends CacheKeyView implements TokenKey {

  TokenKeyView(NativeAccess natives, ViewScope scope) {
    super(natives, scope);
  }

  @Override
  public String userName() {
    enter();
    try {
      return natives.httpTokenKeyGetUserName(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public int logonMethod() {
    enter();
    try {
      return natives.httpTokenKeyGetLogonMethod(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "TokenKey";
  }
}
