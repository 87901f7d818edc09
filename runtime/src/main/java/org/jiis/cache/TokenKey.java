package org.jiis.cache;

/** A view of {@code IHttpTokenKey}: the key of a token-cache entry. */
public interface TokenKey extends CacheKey {

  /** {@code GetUserName}: the user the token was created for. */
  String userName();

  /** {@code GetLogonMethod}: a {@code LOGON32_LOGON_*} value. */
  int logonMethod();
}
