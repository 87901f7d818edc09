package org.jiis.testkit.host;

import java.util.List;
import java.util.Objects;
import org.jiis.security.Sid;
import org.jiis.security.TokenHandle;

/**
 * A token-cache entry. Unset values keep the simulator's defaults: user {@code IUSR}, empty
 * password hash, logon method 3, SID {@code S-1-5-21-1000-2000-3000-1001}, both tokens valid.
 */
public final class TokenCacheEntry extends CacheEntry<TokenCacheEntry> {

  private String userName;
  private String passwordHash;
  private Long logonMethod;
  private String sid;
  private boolean noSid;
  private TokenHandle.State impersonationToken;
  private TokenHandle.State primaryToken;

  TokenCacheEntry() {}

  /** {@code IHttpTokenKey::GetUserName}. */
  public TokenCacheEntry userName(String value) {
    userName = Objects.requireNonNull(value, "userName");
    return this;
  }

  /** {@code IHttpTokenKey::GetPasswordHash}. */
  public TokenCacheEntry passwordHash(String value) {
    passwordHash = Objects.requireNonNull(value, "passwordHash");
    return this;
  }

  /** {@code IHttpTokenKey::GetLogonMethod}: a {@code LOGON32_LOGON_*} number. */
  public TokenCacheEntry logonMethod(long value) {
    if (value < 0 || value > 0xFFFF_FFFFL) {
      throw new IllegalArgumentException("logonMethod must be a DWORD, got " + value);
    }
    logonMethod = value;
    return this;
  }

  /**
   * {@code IHttpTokenEntry::GetSid}: the binary form of this SID string.
   *
   * @throws IllegalArgumentException if it is not an {@code S-1-...} SID string
   */
  public TokenCacheEntry sid(String value) {
    sid = Sid.parse(value).toString();
    noSid = false;
    return this;
  }

  /** {@code IHttpTokenEntry::GetSid} returns NULL. */
  public TokenCacheEntry withoutSid() {
    sid = null;
    noSid = true;
    return this;
  }

  /** {@code IHttpTokenEntry::GetImpersonationToken}. */
  public TokenCacheEntry impersonationToken(TokenHandle.State state) {
    impersonationToken = Objects.requireNonNull(state, "state");
    return this;
  }

  /** {@code IHttpTokenEntry::GetPrimaryToken}. */
  public TokenCacheEntry primaryToken(TokenHandle.State state) {
    primaryToken = Objects.requireNonNull(state, "state");
    return this;
  }

  @Override
  String kind() {
    return "token";
  }

  @Override
  void addFields(List<String> fields) {
    if (userName != null) {
      fields.add(field("user", userName));
    }
    if (passwordHash != null) {
      fields.add(field("password-hash", passwordHash));
    }
    if (logonMethod != null) {
      fields.add("logon=" + logonMethod);
    }
    if (sid != null || noSid) {
      fields.add(nullableField("sid", sid));
    }
    if (impersonationToken != null) {
      fields.add(handleField("impersonation", impersonationToken));
    }
    if (primaryToken != null) {
      fields.add(handleField("primary", primaryToken));
    }
  }
}
