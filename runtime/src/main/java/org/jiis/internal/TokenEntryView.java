package org.jiis.internal;

import org.jiis.cache.TokenEntry;
import org.jiis.security.Sid;
import org.jiis.security.TokenHandle;

/** {@link TokenEntry} over an {@code IHttpTokenEntry*}. */
final class TokenEntryView extends CacheRecordView implements TokenEntry {

  TokenEntryView(NativeAccess natives, ViewScope scope) {
    super(natives, scope);
  }

  @Override
  int kind() {
    return NativeAccess.RECORD_TOKEN_ENTRY;
  }

  @Override
  public TokenHandle impersonationToken() {
    enter();
    try {
      return TokenHandle.ofRaw(natives.httpTokenEntryGetImpersonationToken(pointer));
    } finally {
      exit();
    }
  }

  @Override
  public TokenHandle primaryToken() {
    enter();
    try {
      return TokenHandle.ofRaw(natives.httpTokenEntryGetPrimaryToken(pointer));
    } finally {
      exit();
    }
  }

  @Override
  public Sid sid() {
    byte[] bytes;
    enter();
    try {
      bytes = natives.httpTokenEntryGetSid(pointer);
    } finally {
      exit();
    }
    return bytes == null ? null : Sid.fromBytes(bytes);
  }

  @Override
  String typeName() {
    return "TokenEntry";
  }
}
