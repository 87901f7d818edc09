package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class RecordStateTest {

  @Test
  void decrementTtlCountsDownTheConfiguredTimeToLive() {
    FakeCacheRecord record = FakeCacheRecord.builder().ttl(3).build();

    assertThat(record.decrementTtl()).isFalse();
    assertThat(record.decrementTtl()).isFalse();
    assertThat(record.state().remainingTtl()).isEqualTo(1);
    assertThat(record.decrementTtl()).isTrue();
    assertThat(record.decrementTtl()).isTrue();
    assertThat(record.state().remainingTtl()).isEqualTo(0);
  }

  @Test
  void resetTtlRestoresTheTimeToLive() {
    FakeTokenEntry entry = FakeTokenEntry.builder().ttl(2).build();
    entry.decrementTtl();
    entry.decrementTtl();

    entry.resetTtl();

    assertThat(entry.state().remainingTtl()).isEqualTo(2);
    assertThat(entry.decrementTtl()).isFalse();
    assertThat(entry.decrementTtl()).isTrue();
  }

  @Test
  void theDefaultTimeToLiveExpiresOnTheSecondDecrement() {
    FakeFileInfo file = FakeFileInfo.builder().build();

    assertThat(file.state().initialTtl()).isEqualTo(FakeRecord.DEFAULT_TTL);
    assertThat(file.decrementTtl()).isFalse();
    assertThat(file.decrementTtl()).isTrue();
  }

  @Test
  void aZeroTimeToLiveIsAlreadyExpired() {
    assertThat(FakeCacheRecord.builder().ttl(0).build().decrementTtl()).isTrue();
  }

  @Test
  void rejectsANegativeTimeToLive() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> FakeTokenEntry.builder().ttl(-1));
    assertThat(e).hasMessageThat().isEqualTo("ttl must be 0 or more, got -1");
  }

  @Test
  void setFlushedMarksTheRecordFlushed() {
    FakeTokenEntry entry = FakeTokenEntry.builder().build();
    assertThat(entry.isFlushed()).isFalse();

    entry.setFlushed();

    assertThat(entry.isFlushed()).isTrue();
    entry.endCallback();
    assertThat(entry.state().isFlushed()).isTrue();
  }

  @Test
  void aRecordCanStartFlushed() {
    assertThat(FakeCacheRecord.builder().flushed(true).build().isFlushed()).isTrue();
  }

  @Test
  void theStateStaysReadableAfterTheCallback() {
    FakeCacheRecord record = FakeCacheRecord.builder().build();
    record.retain();
    record.endCallback();

    assertThat(record.state().referenceCount()).isEqualTo(1);
    assertThat(record.state().toString())
        .isEqualTo("RecordState[flushed=false, ttl=2/2, references=1]");
  }
}
