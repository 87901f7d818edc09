package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;

import java.time.Instant;
import java.util.OptionalInt;
import org.jiis.cache.CacheKey;
import org.jiis.cache.FileKey;
import org.jiis.security.TokenHandle;
import org.junit.jupiter.api.Test;

class FakeFileInfoTest {

  @Test
  void defaultsToAnEmptyNormalFileAtTheKeysPath() {
    FakeFileInfo file = FakeFileInfo.builder().build();

    FileKey key = (FileKey) file.key();
    assertThat(key.cacheName()).isEqualTo(CacheKey.FILE_CACHE_NAME);
    assertThat(key.path()).isEqualTo(FakeFileKey.DEFAULT_PATH);
    assertThat(file.filePath()).isEqualTo(FakeFileKey.DEFAULT_PATH);
    assertThat(file.attributes()).isEqualTo(FakeFileInfo.FILE_ATTRIBUTE_NORMAL);
    assertThat(file.size()).isEqualTo(0);
    assertThat(file.etag()).isNull();
    assertThat(file.lastModifiedTime()).isEqualTo(FakeFileInfo.DEFAULT_LAST_MODIFIED_TIME);
    assertThat(file.lastModifiedString()).isEqualTo("Tue, 02 Jan 2024 03:04:05 GMT");
    assertThat(file.httpCacheSecondsToLive()).isEqualTo(OptionalInt.empty());
    assertThat(file.vrPath()).isNull();
    assertThat(file.vrToken()).isSameInstanceAs(TokenHandle.NULL);
  }

  @Test
  void theFilePathFollowsTheKeyUnlessSet() {
    FakeFileKey key = FakeFileKey.builder().path("D:\\site\\a.txt").build();

    assertThat(FakeFileInfo.builder().key(key).build().filePath()).isEqualTo("D:\\site\\a.txt");
    assertThat(FakeFileInfo.builder().key(key).filePath("D:\\other.txt").build().filePath())
        .isEqualTo("D:\\other.txt");
  }

  @Test
  void holdsWhatTheBuilderSets() {
    FakeFileInfo file = FakeFileInfo.builder()
        .attributes(0x21)
        .size(5_000_000_000L)
        .etag("\"abc\"")
        .lastModifiedTime(Instant.parse("2001-09-09T01:46:40Z"))
        .httpCacheSecondsToLive(60)
        .vrPath("D:\\site")
        .vrToken(TokenHandle.VALID)
        .build();

    assertThat(file.attributes()).isEqualTo(0x21);
    assertThat(file.size()).isEqualTo(5_000_000_000L);
    assertThat(file.etag()).isEqualTo("\"abc\"");
    assertThat(file.lastModifiedString()).isEqualTo("Sun, 09 Sep 2001 01:46:40 GMT");
    assertThat(file.httpCacheSecondsToLive()).isEqualTo(OptionalInt.of(60));
    assertThat(file.vrPath()).isEqualTo("D:\\site");
    assertThat(file.vrToken()).isSameInstanceAs(TokenHandle.VALID);
  }

  @Test
  void theLastModifiedStringCanBeSetOrAbsent() {
    assertThat(FakeFileInfo.builder().lastModifiedString("x").build().lastModifiedString())
        .isEqualTo("x");
    assertThat(FakeFileInfo.builder().lastModifiedString(null).build().lastModifiedString())
        .isNull();
  }
}
