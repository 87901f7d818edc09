package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;

import java.time.Instant;
import java.util.OptionalInt;
import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheOperation;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.FileInfo;
import org.jiis.cache.FileKey;
import org.jiis.cache.TokenEntry;
import org.jiis.cache.TokenKey;
import org.jiis.cache.UriKey;
import org.jiis.security.Sid;
import org.jiis.security.TokenHandle;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** What the views read, for each kind of key and record. */
class CacheViewsTest {

  private static final Sid USER_SID = Sid.parse("S-1-5-21-3623811015-3361044348-30300820-1013");

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  @Test
  void aTokenEventHasATokenKeyAndATokenEntry() {
    long key = natives.tokenKey("CONTOSO\\alice");
    long entry = natives.tokenEntry(key, 0x1234, 0x5678, USER_SID.toBytes());

    natives.fire(module, natives.provider(CacheOperation.ADD.value(), key, entry), provider -> {
      assertThat(provider.operation()).isEqualTo(CacheOperation.ADD);
      TokenKey tokenKey = (TokenKey) provider.key();
      assertThat(tokenKey.cacheName()).isEqualTo(CacheKey.TOKEN_CACHE_NAME);
      assertThat(tokenKey.hash()).isEqualTo("CONTOSO\\alice".hashCode());
      assertThat(tokenKey.userName()).isEqualTo("CONTOSO\\alice");
      assertThat(tokenKey.logonMethod()).isEqualTo(8);

      TokenEntry record = (TokenEntry) provider.record();
      assertThat(record.impersonationToken()).isSameInstanceAs(TokenHandle.VALID);
      assertThat(record.primaryToken()).isSameInstanceAs(TokenHandle.VALID);
      assertThat(record.sid()).isEqualTo(USER_SID);
      assertThat(((TokenKey) record.key()).userName()).isEqualTo("CONTOSO\\alice");
    });
  }

  @Test
  void tokenHandlesAndAMissingSidAreReportedAsIisReturnsThem() {
    long key = natives.tokenKey("bob");
    long nullAndInvalid = natives.tokenEntry(key, 0, -1, null);
    long invalid32 = natives.tokenEntry(natives.tokenKey("carol"), 0xFFFF_FFFFL, 0x10, null);

    natives.fire(module, natives.provider(0, key, nullAndInvalid), provider -> {
      TokenEntry record = (TokenEntry) provider.record();
      assertThat(record.impersonationToken()).isSameInstanceAs(TokenHandle.NULL);
      assertThat(record.primaryToken()).isSameInstanceAs(TokenHandle.INVALID);
      assertThat(record.sid()).isNull();
    });
    natives.fire(module, natives.provider(0, 0, invalid32), provider -> {
      TokenEntry record = (TokenEntry) provider.record();
      assertThat(record.impersonationToken()).isSameInstanceAs(TokenHandle.INVALID);
      assertThat(record.primaryToken()).isSameInstanceAs(TokenHandle.VALID);
    });
  }

  @Test
  void aFileEventHasAFileKeyAndAFileInfo() {
    long key = natives.fileKey("C:\\inetpub\\wwwroot\\index.htm");
    FakeNatives.FileInfo info = new FakeNatives.FileInfo(key);
    info.attributes = 0x20;
    info.size = 5_000_000_000L;
    info.filePath = "C:\\inetpub\\wwwroot\\index.htm";
    info.etag = "\"8a5e2b1c3d4f\"";
    info.lastModifiedTime = 133_485_408_001_234_567L; // 2024-01-01T00:00:00.1234567Z
    info.lastModifiedString = "Mon, 01 Jan 2024 00:00:00 GMT";
    info.httpCacheAllowed = 60;
    info.vrPath = "C:\\inetpub\\wwwroot";
    info.vrToken = 0;
    long record = natives.add(info);

    natives.fire(module, natives.provider(CacheOperation.RETRIEVE.value(), key, record), provider -> {
      FileKey fileKey = (FileKey) provider.key();
      assertThat(fileKey.cacheName()).isEqualTo(CacheKey.FILE_CACHE_NAME);
      assertThat(fileKey.path()).isEqualTo("C:\\inetpub\\wwwroot\\index.htm");

      FileInfo file = (FileInfo) provider.record();
      assertThat(file.attributes()).isEqualTo(0x20);
      assertThat(file.size()).isEqualTo(5_000_000_000L);
      assertThat(file.filePath()).isEqualTo("C:\\inetpub\\wwwroot\\index.htm");
      assertThat(file.etag()).isEqualTo("\"8a5e2b1c3d4f\"");
      assertThat(file.lastModifiedTime()).isEqualTo(Instant.parse("2024-01-01T00:00:00.1234567Z"));
      assertThat(file.lastModifiedString()).isEqualTo("Mon, 01 Jan 2024 00:00:00 GMT");
      assertThat(file.httpCacheSecondsToLive()).isEqualTo(OptionalInt.of(60));
      assertThat(file.vrPath()).isEqualTo("C:\\inetpub\\wwwroot");
      assertThat(file.vrToken()).isSameInstanceAs(TokenHandle.NULL);
      assertThat(((FileKey) file.key()).path()).isEqualTo("C:\\inetpub\\wwwroot\\index.htm");
    });
  }

  @Test
  void httpCacheSecondsToLiveIsEmptyWhenNotAllowedAndClampedBeyondIntRange() {
    FakeNatives.FileInfo notAllowed = new FakeNatives.FileInfo(0);
    FakeNatives.FileInfo forever = new FakeNatives.FileInfo(0);
    forever.httpCacheAllowed = 0xFFFF_FFFFL;
    long first = natives.add(notAllowed);
    long second = natives.add(forever);

    natives.fire(module, natives.provider(0, 0, first), provider ->
        assertThat(((FileInfo) provider.record()).httpCacheSecondsToLive()).isEqualTo(OptionalInt.empty()));
    natives.fire(module, natives.provider(0, 0, second), provider ->
        assertThat(((FileInfo) provider.record()).httpCacheSecondsToLive())
            .isEqualTo(OptionalInt.of(Integer.MAX_VALUE)));
  }

  @Test
  void aUriEventHasAUriKey() {
    long key = natives.uriKey("/default.aspx");

    natives.fire(module, natives.provider(CacheOperation.FLUSH_PREFIX.value(), key, 0), provider -> {
      UriKey uri = (UriKey) provider.key();
      assertThat(uri.cacheName()).isEqualTo(CacheKey.URI_CACHE_NAME);
      assertThat(uri.url()).isEqualTo("/default.aspx");
      assertThat(uri.siteName()).isEqualTo("Default Web Site");
      assertThat(uri.siteId()).isEqualTo(1);
      assertThat(uri.configPath()).isEqualTo("MACHINE/WEBROOT/APPHOST/Default Web Site");
      assertThat(provider.record()).isNull();
    });
  }

  @Test
  void keysAndRecordsOfOtherCachesArePlainViews() {
    long key = natives.otherKey("CUSTOM", -7);
    long record = natives.otherRecord(key);

    natives.fire(module, natives.provider(CacheOperation.ENUM.value(), key, record), provider -> {
      CacheKey plainKey = provider.key();
      assertThat(plainKey).isNotInstanceOf(TokenKey.class);
      assertThat(plainKey).isNotInstanceOf(FileKey.class);
      assertThat(plainKey).isNotInstanceOf(UriKey.class);
      assertThat(plainKey.cacheName()).isEqualTo("CUSTOM");
      assertThat(plainKey.hash()).isEqualTo(-7);
      CacheRecord plainRecord = provider.record();
      assertThat(plainRecord).isNotInstanceOf(TokenEntry.class);
      assertThat(plainRecord).isNotInstanceOf(FileInfo.class);
      assertThat(plainRecord.key().cacheName()).isEqualTo("CUSTOM");
    });
  }

  @Test
  void missingKeysAndRecordsAreNull() {
    long keylessRecord = natives.otherRecord(0);

    natives.fire(module, natives.provider(0, 0, keylessRecord), provider -> {
      assertThat(provider.key()).isNull();
      assertThat(provider.record().key()).isNull();
    });
    natives.fire(module, natives.provider(0, 0, 0), provider -> assertThat(provider.record()).isNull());
  }

  @Test
  void recordOperationsReachTheRecord() {
    long record = natives.otherRecord(0);
    FakeNatives.Record fake = natives.record(record);
    natives.fire(module, natives.provider(0, 0, record), provider -> {
      CacheRecord view = provider.record();
      assertThat(view.isFlushed()).isFalse();
      view.setFlushed();
      assertThat(fake.flushed).isTrue();
      assertThat(view.isFlushed()).isTrue();
      assertThat(view.decrementTtl()).isFalse();
      assertThat(view.decrementTtl()).isTrue();
      view.resetTtl();
      assertThat(fake.resetCalls).isEqualTo(1);
      assertThat(view.decrementTtl()).isFalse();
    });
  }

  @Test
  void theProviderKeyAndTheRecordKeyAreDistinctViews() {
    long providerKey = natives.tokenKey("provider-key");
    long recordKey = natives.tokenKey("record-key");
    long record = natives.tokenEntry(recordKey, 1, 1, null);

    natives.fire(module, natives.provider(0, providerKey, record), provider -> {
      TokenKey fromProvider = (TokenKey) provider.key();
      TokenKey fromRecord = (TokenKey) provider.record().key();
      assertThat(fromProvider.userName()).isEqualTo("provider-key");
      assertThat(fromRecord.userName()).isEqualTo("record-key");
    });
    assertThat(natives.isFreed(providerKey)).isTrue();
    assertThat(natives.isFreed(recordKey)).isTrue();
  }
}
