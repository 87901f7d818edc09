package org.jiis.cache;

import org.jiis.security.Sid;
import org.jiis.security.TokenHandle;

/** A view of {@code IHttpTokenEntry}: an entry of the IIS token cache. */
public interface TokenEntry extends CacheRecord {

  /** {@code GetImpersonationToken} */
  TokenHandle impersonationToken();

  /** {@code GetPrimaryToken} */
  TokenHandle primaryToken();

  /** {@code GetSid}: the user's security identifier, or {@code null} when IIS returns none. */
  Sid sid();
}
