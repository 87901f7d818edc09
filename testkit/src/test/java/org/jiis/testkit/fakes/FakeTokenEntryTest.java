package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiis.cache.CacheKey;
import org.jiis.cache.TokenKey;
import org.jiis.security.Sid;
import org.jiis.security.TokenHandle;
import org.junit.jupiter.api.Test;

class FakeTokenEntryTest {

  @Test
  void defaultsToAUserWithValidTokens() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();

    assertThat(entry.impersonationToken()).isSameInstanceAs(TokenHandle.VALID);
    assertThat(entry.primaryToken()).isSameInstanceAs(TokenHandle.VALID);
    assertThat(entry.sid()).isEqualTo(Sid.parse("S-1-5-21-1-2-3-1001"));
    assertThat(entry.isFlushed()).isFalse();
    TokenKey key = (TokenKey) entry.key();
    assertThat(key.cacheName()).isEqualTo(CacheKey.TOKEN_CACHE_NAME);
    assertThat(key.userName()).isEqualTo(FakeTokenKey.DEFAULT_USER_NAME);
    assertThat(key.logonMethod()).isEqualTo(FakeTokenKey.DEFAULT_LOGON_METHOD);
  }

  @Test
  void holdsWhatTheBuilderSets() {
    FakeTokenKey key = FakeTokenKey.builder().userName("CONTOSO\\bob").logonMethod(8).hash(42)
        .build();
    FakeTokenEntry entry = FakeTokenEntry.builder()
        .key(key)
        .sid(Sid.parse("S-1-5-18"))
        .impersonationToken(TokenHandle.NULL)
        .primaryToken(TokenHandle.INVALID)
        .build();

    assertThat(entry.key()).isSameInstanceAs(key);
    assertThat(key.userName()).isEqualTo("CONTOSO\\bob");
    assertThat(key.logonMethod()).isEqualTo(8);
    assertThat(key.hash()).isEqualTo(42);
    assertThat(entry.sid()).isEqualTo(Sid.parse("S-1-5-18"));
    assertThat(entry.impersonationToken()).isSameInstanceAs(TokenHandle.NULL);
    assertThat(entry.primaryToken()).isSameInstanceAs(TokenHandle.INVALID);
  }

  @Test
  void aSidCanBeAbsent() {
    assertThat(FakeTokenEntry.builder().sid(null).build().sid()).isNull();
  }

  @Test
  void tokensAndKeyAreRequired() {
    assertThrows(NullPointerException.class, () -> FakeTokenEntry.builder().key(null));
    assertThrows(NullPointerException.class,
        () -> FakeTokenEntry.builder().impersonationToken(null));
    assertThrows(NullPointerException.class, () -> FakeTokenEntry.builder().primaryToken(null));
  }

  @Test
  void keyHashesFollowTheirContentUnlessSet() {
    assertThat(FakeTokenKey.builder().userName("a").build().hash())
        .isEqualTo(FakeTokenKey.builder().userName("a").build().hash());
    assertThat(FakeTokenKey.builder().userName("a").build().hash())
        .isNotEqualTo(FakeTokenKey.builder().userName("b").build().hash());
  }

  @Test
  void printsNoTokenValue() {
    assertThat(FakeTokenEntry.builder().primaryToken(TokenHandle.INVALID).build().toString())
        .isEqualTo("FakeTokenEntry[impersonation valid, primary INVALID_HANDLE_VALUE,"
            + " sid S-1-5-21-1-2-3-1001]");
  }
}
