package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.FileInfo;
import org.jiis.cache.RetainedRecord;
import org.jiis.cache.TokenEntry;
import org.jiis.cache.TokenKey;
import org.jiis.security.Sid;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** retain() keeps a record beyond its callback; close() releases it exactly once. */
class RetainedRecordTest {

  private static final Sid SID = Sid.parse("S-1-5-21-1-2-3-500");

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  /** Fires {@code provider} and returns what the handler retained from its record. */
  private RetainedRecord retainDuring(long provider) {
    AtomicReference<RetainedRecord> retained = new AtomicReference<>();
    natives.fire(module, provider, p -> retained.set(p.record().retain()));
    return retained.get();
  }

  private long recordOf(long provider) {
    return ((FakeNatives.Provider) natives.object(provider)).record;
  }

  @Test
  void aRetainedRecordOutlivesItsCallbackUntilClosed() {
    long provider = natives.tokenEvent("alice", SID.toBytes());
    long record = recordOf(provider);
    FakeNatives.Record fake = natives.record(record);

    RetainedRecord retained = retainDuring(provider);

    assertThat(fake.references.get()).isEqualTo(1);
    TokenEntry entry = (TokenEntry) retained.record();
    assertThat(entry.sid()).isEqualTo(SID);
    assertThat(((TokenKey) entry.key()).userName()).isEqualTo("alice");
    assertThat(retained.toString()).isEqualTo("RetainedRecord[TokenEntry, open]");

    retained.close();

    assertThat(fake.dereferenceCalls.get()).isEqualTo(1);
    assertThat(fake.references.get()).isEqualTo(0);
    assertThat(natives.isFreed(record)).isTrue();
    assertThat(retained.toString()).isEqualTo("RetainedRecord[TokenEntry, closed]");
  }

  @Test
  void closingTwiceDereferencesOnce() {
    long provider = natives.tokenEvent("alice", null);
    FakeNatives.Record fake = natives.record(recordOf(provider));
    RetainedRecord retained = retainDuring(provider);

    retained.close();
    retained.close();

    assertThat(fake.dereferenceCalls.get()).isEqualTo(1);
  }

  @Test
  void viewsOfAClosedRecordFailWithAMessageSayingHowToKeepOne() {
    RetainedRecord retained = retainDuring(natives.tokenEvent("alice", SID.toBytes()));
    TokenEntry entry = (TokenEntry) retained.record();
    CacheKey key = entry.key();

    retained.close();

    IllegalStateException onRecord = assertThrows(IllegalStateException.class, entry::sid);
    assertThat(onRecord).hasMessageThat().isEqualTo(
        "This TokenEntry view belongs to a RetainedRecord that was closed; it is valid only until"
            + " RetainedRecord.close(). To keep a cache record, call CacheRecord.retain() during a"
            + " callback and close the RetainedRecord when done.");
    IllegalStateException onKey = assertThrows(IllegalStateException.class, key::hash);
    assertThat(onKey).hasMessageThat().startsWith("This TokenKey view belongs to a RetainedRecord that was closed;");
  }

  @Test
  void aRetainedRecordIsUsableAndClosableFromAnotherThread() throws Exception {
    long provider = natives.tokenEvent("alice", SID.toBytes());
    long record = recordOf(provider);
    RetainedRecord retained = retainDuring(provider);
    AtomicReference<Object> seen = new AtomicReference<>();

    Thread other = new Thread(() -> {
      try (RetainedRecord r = retained) {
        seen.set(((TokenEntry) r.record()).sid());
      }
    });
    other.start();
    other.join();

    assertThat(seen.get()).isEqualTo(SID);
    assertThat(natives.isFreed(record)).isTrue();
  }

  @Test
  void concurrentClosesDereferenceExactlyOnce() throws Exception {
    int threads = 8;
    long provider = natives.tokenEvent("alice", null);
    FakeNatives.Record fake = natives.record(recordOf(provider));
    RetainedRecord retained = retainDuring(provider);
    CyclicBarrier start = new CyclicBarrier(threads);
    List<Thread> closers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread closer = new Thread(() -> {
        await(start);
        retained.close();
      });
      closer.start();
      closers.add(closer);
    }
    for (Thread closer : closers) {
      closer.join();
    }

    assertThat(fake.dereferenceCalls.get()).isEqualTo(1);
    assertThat(fake.references.get()).isEqualTo(0);
  }

  @Test
  void closingDuringACallOnAnotherThreadReleasesWhenThatCallFinishes() throws Exception {
    long provider = natives.tokenEvent("alice", SID.toBytes());
    long record = recordOf(provider);
    FakeNatives.Record fake = natives.record(record);
    RetainedRecord retained = retainDuring(provider);
    CountDownLatch insideGetSid = new CountDownLatch(1);
    CountDownLatch closed = new CountDownLatch(1);
    natives.duringGetSid = () -> {
      insideGetSid.countDown();
      await(closed);
    };
    AtomicReference<Object> read = new AtomicReference<>();

    Thread reader = new Thread(() -> read.set(((TokenEntry) retained.record()).sid()));
    reader.start();
    assertThat(insideGetSid.await(10, TimeUnit.SECONDS)).isTrue();
    retained.close();
    assertThat(fake.dereferenceCalls.get()).isEqualTo(0);
    assertThat(natives.isFreed(record)).isFalse();
    closed.countDown();
    reader.join();

    assertThat(read.get()).isEqualTo(SID);
    assertThat(fake.dereferenceCalls.get()).isEqualTo(1);
    assertThat(natives.isFreed(record)).isTrue();
  }

  @Test
  void aRetainedRecordKeepsItsKind() {
    long fileKey = natives.fileKey("C:\\f.txt");
    RetainedRecord file = retainDuring(
        natives.provider(0, fileKey, natives.add(new FakeNatives.FileInfo(fileKey))));
    RetainedRecord other = retainDuring(natives.provider(0, 0, natives.otherRecord(0)));

    assertThat(file.record()).isInstanceOf(FileInfo.class);
    assertThat(other.record()).isNotInstanceOf(FileInfo.class);
    assertThat(other.record()).isNotInstanceOf(TokenEntry.class);
    file.close();
    other.close();
  }

  @Test
  void retainingARetainedRecordTakesAnotherReference() {
    long provider = natives.tokenEvent("alice", null);
    long record = recordOf(provider);
    FakeNatives.Record fake = natives.record(record);
    RetainedRecord first = retainDuring(provider);

    RetainedRecord second = first.record().retain();
    first.close();

    assertThat(fake.references.get()).isEqualTo(1);
    assertThat(((TokenEntry) second.record()).primaryToken().isValid()).isTrue();
    second.close();
    assertThat(natives.isFreed(record)).isTrue();
  }

  @Test
  void retainingAndClosingWithinTheCallbackBalances() {
    long provider = natives.tokenEvent("alice", null);
    long record = recordOf(provider);
    FakeNatives.Record fake = natives.record(record);

    natives.fire(module, provider, p -> {
      CacheRecord view = p.record();
      try (RetainedRecord retained = view.retain()) {
        assertThat(fake.references.get()).isEqualTo(2);
        assertThat(retained.record()).isNotSameInstanceAs(view);
      }
      assertThat(fake.references.get()).isEqualTo(1);
    });

    assertThat(fake.dereferenceCalls.get()).isEqualTo(1);
    assertThat(natives.isFreed(record)).isTrue();
  }

  private static void await(CyclicBarrier barrier) {
    try {
      barrier.await(10, TimeUnit.SECONDS);
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(10, TimeUnit.SECONDS)) {
        throw new AssertionError("timed out");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
