package org.jiis.testkit.fakes;

import java.util.Objects;
import org.jiis.cache.TokenKey;

/** A fake {@link TokenKey}: the key of a token-cache entry. */
public final class FakeTokenKey extends FakeKey implements TokenKey {

  /** The default user name. */
  public static final String DEFAULT_USER_NAME = "jiis-test-user";
  /** The default logon method: {@code LOGON32_LOGON_NETWORK} (3) of the Windows API. */
  public static final int DEFAULT_LOGON_METHOD = 3;

  private final String userName;
  private final int logonMethod;

  private FakeTokenKey(FakeScope scope, int hash, String userName, int logonMethod) {
    super(scope, hash);
    this.userName = userName;
    this.logonMethod = logonMethod;
  }

  /** A builder for a key of user {@value #DEFAULT_USER_NAME}, logon method 3, unless set. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String userName() {
    check();
    return userName;
  }

  @Override
  public int logonMethod() {
    check();
    return logonMethod;
  }

  @Override
  String name() {
    return TOKEN_CACHE_NAME;
  }

  @Override
  String typeName() {
    return "TokenKey";
  }

  @Override
  FakeKey inScope(FakeScope scope) {
    return new FakeTokenKey(scope, rawHash(), userName, logonMethod);
  }

  @Override
  public String toString() {
    return "FakeTokenKey[" + userName + ", logon method " + logonMethod + "]";
  }

  /** Builds a {@link FakeTokenKey}. */
  public static final class Builder extends FakeKey.Builder<Builder> {

    private String userName = DEFAULT_USER_NAME;
    private int logonMethod = DEFAULT_LOGON_METHOD;

    private Builder() {}

    /** {@code GetUserName}. */
    public Builder userName(String userName) {
      this.userName = Objects.requireNonNull(userName, "userName");
      return this;
    }

    /** {@code GetLogonMethod}: a {@code LOGON32_LOGON_*} value. */
    public Builder logonMethod(int logonMethod) {
      this.logonMethod = logonMethod;
      return this;
    }

    /** A key usable on the current thread until {@link FakeKey#endCallback()}. */
    public FakeTokenKey build() {
      return new FakeTokenKey(FakeScope.callback(),
          hashOr(Objects.hash(TOKEN_CACHE_NAME, userName, logonMethod)), userName, logonMethod);
    }
  }
}
