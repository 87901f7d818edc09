package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiis.cache.CacheOperation;
import org.jiis.cache.RetainedRecord;
import org.jiis.cache.TokenEntry;
import org.junit.jupiter.api.Test;

class FakeCacheProviderTest {

  @Test
  void defaultsToARetrieveWithoutKeyOrRecord() {
    FakeCacheProvider provider = FakeCacheProvider.builder().build();

    assertThat(provider.operation()).isEqualTo(CacheOperation.RETRIEVE);
    assertThat(provider.key()).isNull();
    assertThat(provider.record()).isNull();
  }

  @Test
  void theKeyIsTheRecordsKeyUnlessSet() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();
    FakeUriKey uri = FakeUriKey.builder().build();

    assertThat(FakeCacheProvider.builder().record(entry).build().key())
        .isSameInstanceAs(entry.key());
    assertThat(FakeCacheProvider.builder().record(entry).key(uri).build().key())
        .isSameInstanceAs(uri);
    assertThat(FakeCacheProvider.builder().record(entry).key(null).build().key()).isNull();
  }

  @Test
  void holdsTheOperationAndRecord() {
    FakeFileInfo file = FakeFileInfo.builder().build();
    FakeCacheProvider provider = FakeCacheProvider.builder()
        .operation(CacheOperation.FLUSH_PREFIX)
        .record(file)
        .build();

    assertThat(provider.operation()).isEqualTo(CacheOperation.FLUSH_PREFIX);
    assertThat(provider.record()).isSameInstanceAs(file);
  }

  @Test
  void endCallbackEndsTheProviderItsKeyAndItsRecord() {
    FakeUriKey key = FakeUriKey.builder().build();
    FakeTokenEntry entry = FakeTokenEntry.builder().build();
    FakeCacheProvider provider = FakeCacheProvider.builder().key(key).record(entry).build();

    provider.endCallback();

    assertThrows(IllegalStateException.class, provider::operation);
    assertThrows(IllegalStateException.class, key::url);
    assertThrows(IllegalStateException.class, entry::sid);
    assertThrows(IllegalStateException.class, entry.rawKey()::cacheName);
  }

  @Test
  void endCallbackTwiceIsHarmless() {
    FakeCacheProvider provider =
        FakeCacheProvider.builder().record(FakeTokenEntry.builder().build()).build();

    provider.endCallback();
    provider.endCallback();

    assertThrows(IllegalStateException.class, provider::record);
  }

  @Test
  void aRecordRetainedDuringTheCallbackSurvivesIt() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();
    FakeCacheProvider provider = FakeCacheProvider.builder().record(entry).build();

    RetainedRecord retained = provider.record().retain();
    provider.endCallback();

    assertThat(((TokenEntry) retained.record()).sid()).isEqualTo(FakeTokenEntry.DEFAULT_SID);
    retained.close();
    assertThat(entry.state().referenceCount()).isEqualTo(0);
  }
}
