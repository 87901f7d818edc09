package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.FileInfo;
import org.jiis.cache.RetainedRecord;
import org.jiis.cache.TokenEntry;
import org.jiis.cache.TokenKey;
import org.jiis.security.Sid;
import org.jiis.security.TokenHandle;
import org.junit.jupiter.api.Test;

class RetainTest {

  private static final String CLOSED_MESSAGE = "view belongs to a RetainedRecord that was closed;"
      + " it is valid only until RetainedRecord.close(). To keep a cache record, call"
      + " CacheRecord.retain() during a callback and close the RetainedRecord when done.";

  @Test
  void retainTakesAReferenceAndCloseReleasesItExactlyOnce() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();

    RetainedRecord retained = entry.retain();
    assertThat(entry.state().referenceCount()).isEqualTo(1);
    assertThat(entry.state().retainCount()).isEqualTo(1);

    retained.close();
    assertThat(entry.state().referenceCount()).isEqualTo(0);

    retained.close();
    assertThat(entry.state().referenceCount()).isEqualTo(0);
    assertThat(entry.state().retainCount()).isEqualTo(1);
  }

  @Test
  void eachRetainIsItsOwnReference() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();

    RetainedRecord first = entry.retain();
    RetainedRecord second = entry.retain();
    assertThat(entry.state().referenceCount()).isEqualTo(2);

    first.close();
    first.close();
    assertThat(entry.state().referenceCount()).isEqualTo(1);
    assertThat(((TokenEntry) second.record()).primaryToken()).isEqualTo(TokenHandle.VALID);

    second.close();
    assertThat(entry.state().referenceCount()).isEqualTo(0);
    assertThat(entry.state().retainCount()).isEqualTo(2);
  }

  @Test
  void theRetainedRecordOutlivesTheCallbackAndWorksOnAnyThread() throws Exception {
    Sid sid = Sid.parse("S-1-5-21-7-8-9-500");
    FakeTokenEntry entry = FakeTokenEntry.builder()
        .key(FakeTokenKey.builder().userName("alice").build())
        .sid(sid)
        .impersonationToken(TokenHandle.NULL)
        .build();
    FakeCacheProvider provider = FakeCacheProvider.builder().record(entry).build();

    RetainedRecord retained = provider.record().retain();
    provider.endCallback();

    assertThrows(IllegalStateException.class, entry::sid);
    TokenEntry kept = (TokenEntry) retained.record();
    assertThat(kept).isNotSameInstanceAs(entry);
    assertThat(kept.sid()).isEqualTo(sid);
    assertThat(kept.impersonationToken()).isEqualTo(TokenHandle.NULL);
    assertThat(((TokenKey) kept.key()).userName()).isEqualTo("alice");
    String userOnOtherThread =
        CompletableFuture.supplyAsync(() -> ((TokenKey) kept.key()).userName()).get();
    assertThat(userOnOtherThread).isEqualTo("alice");

    retained.close();
    assertThat(entry.state().referenceCount()).isEqualTo(0);
  }

  @Test
  void theRetainedViewSharesTheRecordsState() {
    FakeFileInfo file = FakeFileInfo.builder().ttl(3).build();
    try (RetainedRecord retained = file.retain()) {
      CacheRecord kept = retained.record();
      assertThat(kept).isInstanceOf(FileInfo.class);

      kept.setFlushed();
      assertThat(file.isFlushed()).isTrue();
      assertThat(kept.decrementTtl()).isFalse();
      assertThat(file.state().remainingTtl()).isEqualTo(2);
    }
  }

  @Test
  void everyViewOfAClosedRetainedRecordThrows() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();
    RetainedRecord retained = entry.retain();
    TokenEntry kept = (TokenEntry) retained.record();
    TokenKey keptKey = (TokenKey) kept.key();

    retained.close();

    for (var method : ViewLifetimeTest.apiMethods(TokenEntry.class)) {
      assertThat(ViewLifetimeTest.invokeExpectingIllegalState(kept, method))
          .hasMessageThat().isEqualTo("This TokenEntry " + CLOSED_MESSAGE);
    }
    for (var method : ViewLifetimeTest.apiMethods(TokenKey.class)) {
      assertThat(ViewLifetimeTest.invokeExpectingIllegalState(keptKey, method))
          .hasMessageThat().isEqualTo("This TokenKey " + CLOSED_MESSAGE);
    }
    assertThat(entry.state().referenceCount()).isEqualTo(0);
  }

  @Test
  void closingTheRetainedRecordLeavesTheCallbackViewUsable() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();

    entry.retain().close();

    assertThat(entry.primaryToken()).isEqualTo(TokenHandle.VALID);
  }

  @Test
  void aRetainedRecordCanBeRetainedAgainUntilClosed() {
    FakeCacheRecord record = FakeCacheRecord.builder().build();
    RetainedRecord outer = record.retain();
    record.endCallback();

    RetainedRecord inner = outer.record().retain();
    outer.close();
    assertThat(record.state().referenceCount()).isEqualTo(1);
    assertThat(inner.record().key().cacheName()).isEqualTo("URI");

    inner.close();
    assertThat(record.state().referenceCount()).isEqualTo(0);
    assertThrows(IllegalStateException.class, () -> outer.record().retain());
  }

  @Test
  void retainAfterTheCallbackThrowsAndTakesNoReference() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();
    entry.endCallback();

    assertThrows(IllegalStateException.class, entry::retain);
    assertThat(entry.state().retainCount()).isEqualTo(0);
  }
}
