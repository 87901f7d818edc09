package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiis.cache.CacheKey;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class FakeKeysTest {

  @Test
  void aUriKeyDefaultsToTheDefaultWebSite() {
    FakeUriKey key = FakeUriKey.builder().build();

    assertThat(key.cacheName()).isEqualTo(CacheKey.URI_CACHE_NAME);
    assertThat(key.url()).isEqualTo("/index.htm");
    assertThat(key.siteName()).isEqualTo("Default Web Site");
    assertThat(key.siteId()).isEqualTo(1);
    assertThat(key.configPath()).isEqualTo("MACHINE/WEBROOT/APPHOST/Default Web Site");
  }

  @Test
  void aUriKeyHoldsWhatTheBuilderSets() {
    FakeUriKey key = FakeUriKey.builder().url("/app/x.aspx").siteName("Shop").siteId(7)
        .configPath("MACHINE/WEBROOT/APPHOST/Shop/app").hash(-1).build();

    assertThat(key.url()).isEqualTo("/app/x.aspx");
    assertThat(key.siteName()).isEqualTo("Shop");
    assertThat(key.siteId()).isEqualTo(7);
    assertThat(key.configPath()).isEqualTo("MACHINE/WEBROOT/APPHOST/Shop/app");
    assertThat(key.hash()).isEqualTo(-1);
  }

  @Test
  void aPlainKeyNamesItsCache() {
    FakeCacheKey key = FakeCacheKey.builder("MY_CACHE").hash(9).build();

    assertThat(key.cacheName()).isEqualTo("MY_CACHE");
    assertThat(key.hash()).isEqualTo(9);
  }

  @ParameterizedTest
  @ValueSource(strings = {"TOKEN", "FILE", "URI"})
  void aPlainKeyIsNeverAKeyOfAGlobalCache(String cacheName) {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FakeCacheKey.builder(cacheName));
    assertThat(e).hasMessageThat().contains("A key of the " + cacheName + " cache is a Fake");
    assertThat(e).hasMessageThat().contains("never a plain CacheKey");
  }

  @Test
  void aPlainRecordRefusesTokenAndFileKeys() {
    IllegalArgumentException token = assertThrows(IllegalArgumentException.class,
        () -> FakeCacheRecord.builder().key(FakeTokenKey.builder().build()));
    assertThat(token).hasMessageThat().contains("use FakeTokenEntry.builder().key(...)");
    IllegalArgumentException file = assertThrows(IllegalArgumentException.class,
        () -> FakeCacheRecord.builder().key(FakeFileKey.builder().build()));
    assertThat(file).hasMessageThat().contains("use FakeFileInfo.builder().key(...)");
  }

  @Test
  void aPlainRecordHasAUriKeyUnlessSet() {
    FakeCacheKey other = FakeCacheKey.builder("MY_CACHE").build();

    assertThat(FakeCacheRecord.builder().build().key()).isInstanceOf(FakeUriKey.class);
    assertThat(FakeCacheRecord.builder().key(other).build().key()).isSameInstanceAs(other);
    assertThat(FakeCacheRecord.builder().key(null).build().key()).isNull();
  }

  @Test
  void endingARecordEndsItsKey() {
    FakeFileKey key = FakeFileKey.builder().build();
    FakeFileInfo file = FakeFileInfo.builder().key(key).build();

    file.endCallback();

    assertThrows(IllegalStateException.class, key::path);
  }
}
