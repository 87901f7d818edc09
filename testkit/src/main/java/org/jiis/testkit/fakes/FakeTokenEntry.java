package org.jiis.testkit.fakes;

import java.util.Objects;
import org.jiis.cache.TokenEntry;
import org.jiis.security.Sid;
import org.jiis.security.TokenHandle;

/**
 * A fake {@link TokenEntry}: an entry of the IIS token cache.
 *
 * <pre>{@code
 * FakeTokenEntry entry = FakeTokenEntry.builder()
 *     .sid(Sid.parse("S-1-5-21-1-2-3-1001"))
 *     .impersonationToken(TokenHandle.VALID)
 *     .primaryToken(TokenHandle.INVALID)
 *     .build();
 * }</pre>
 */
public final class FakeTokenEntry extends FakeRecord implements TokenEntry {

  /** The SID of an entry built without {@code sid(...)}. */
  public static final Sid DEFAULT_SID = Sid.parse("S-1-5-21-1-2-3-1001");

  private final TokenHandle impersonationToken;
  private final TokenHandle primaryToken;
  private final Sid sid;

  private FakeTokenEntry(FakeScope scope, RecordState state, FakeKey key,
      TokenHandle impersonationToken, TokenHandle primaryToken, Sid sid) {
    super(scope, state, key);
    this.impersonationToken = impersonationToken;
    this.primaryToken = primaryToken;
    this.sid = sid;
  }

  /**
   * A builder for an entry with valid impersonation and primary tokens, {@link #DEFAULT_SID} and a
   * default {@link FakeTokenKey}, unless set.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public TokenHandle impersonationToken() {
    check();
    return impersonationToken;
  }

  @Override
  public TokenHandle primaryToken() {
    check();
    return primaryToken;
  }

  @Override
  public Sid sid() {
    check();
    return sid;
  }

  @Override
  String typeName() {
    return "TokenEntry";
  }

  @Override
  FakeRecord inScope(FakeScope scope, FakeKey key) {
    return new FakeTokenEntry(scope, state(), key, impersonationToken, primaryToken, sid);
  }

  @Override
  public String toString() {
    return "FakeTokenEntry[impersonation " + impersonationToken.describe() + ", primary "
        + primaryToken.describe() + ", sid " + sid + "]";
  }

  /** Builds a {@link FakeTokenEntry}. */
  public static final class Builder extends FakeRecord.Builder<Builder> {

    private FakeTokenKey key;
    private TokenHandle impersonationToken = TokenHandle.VALID;
    private TokenHandle primaryToken = TokenHandle.VALID;
    private Sid sid = DEFAULT_SID;

    private Builder() {}

    /** {@code GetCacheKey}: a token entry always has a token key. */
    public Builder key(FakeTokenKey key) {
      this.key = Objects.requireNonNull(key, "key");
      return this;
    }

    /** {@code GetImpersonationToken}: {@code TokenHandle.VALID}, {@code NULL} or {@code INVALID}. */
    public Builder impersonationToken(TokenHandle impersonationToken) {
      this.impersonationToken = Objects.requireNonNull(impersonationToken, "impersonationToken");
      return this;
    }

    /** {@code GetPrimaryToken}: {@code TokenHandle.VALID}, {@code NULL} or {@code INVALID}. */
    public Builder primaryToken(TokenHandle primaryToken) {
      this.primaryToken = Objects.requireNonNull(primaryToken, "primaryToken");
      return this;
    }

    /** {@code GetSid}: the user's SID, or {@code null} for an entry whose SID IIS returns NULL. */
    public Builder sid(Sid sid) {
      this.sid = sid;
      return this;
    }

    /** An entry usable on the current thread until {@link FakeRecord#endCallback()}. */
    public FakeTokenEntry build() {
      FakeTokenKey entryKey = key != null ? key : FakeTokenKey.builder().build();
      return new FakeTokenEntry(FakeScope.callback(), newState(), entryKey,
          impersonationToken, primaryToken, sid);
    }
  }
}
