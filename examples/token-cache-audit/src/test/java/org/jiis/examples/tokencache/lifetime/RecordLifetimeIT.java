package org.jiis.examples.tokencache.lifetime;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jiis.GlobalModule;
import org.jiis.cache.CacheOperation;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.host.CacheEntry;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.RecordReferences;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.nativebuild.ModuleSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The lifetime rules of cache views, end to end: {@link RecordLifetimeProbe} keeps views past
 * their callback, retains records and closes (or forgets) them, in the IIS host simulator, which
 * counts {@code ReferenceCacheData} and {@code DereferenceCacheData} on every record.
 */
class RecordLifetimeIT {

  private static final Path LIBRARY = BuiltModules.library("RecordLifetimeProbe");
  /** The part of every lifetime failure that says how to keep a record. */
  private static final String HOW_TO_KEEP = "call CacheRecord.retain()";

  @TempDir Path run;

  @Test
  void aViewKeptPastItsCallbackThrowsSayingHowToKeepTheRecord() {
    HostReport report = runProbe(RecordLifetimeProbe.KEEP_VIEWS);

    List<String> written = report.logMessages(LogLevel.INFO).stream()
        .filter(message -> message.startsWith("kept "))
        .toList();
    assertThat(written).hasSize(3);
    assertThat(written.get(0)).startsWith("kept provider, later: IllegalStateException: This CacheProvider view was used after its callback returned");
    assertThat(written.get(1)).startsWith("kept record, later: IllegalStateException: This TokenEntry view was used after its callback returned");
    assertThat(written.get(2)).startsWith("kept record, on another thread: IllegalStateException: This TokenEntry view was used on thread \"record-lifetime-probe\"");
    for (String message : written) {
      assertThat(message).contains(HOW_TO_KEEP);
    }
    assertThat(report.record(0).taken()).isEqualTo(0);
    assertCompletedWithoutErrors(report);
  }

  @Test
  void aRetainedRecordClosedLaterOnAnotherThreadTwiceIsReleasedExactlyOnce() {
    HostReport report = runProbe(RecordLifetimeProbe.RETAIN_AND_CLOSE);

    assertThat(report.logMessages(LogLevel.INFO)).contains(
        "retained record, on another thread: user " + RecordLifetimeProbe.RETAIN_AND_CLOSE);
    assertThat(report.logMessages(LogLevel.INFO).stream()
            .filter(message -> message.startsWith("retained record, after close: "))
            .toList())
        .containsExactly("retained record, after close: IllegalStateException: This TokenEntry"
            + " view belongs to a RetainedRecord that was closed; it is valid only until"
            + " RetainedRecord.close(). To keep a cache record, call CacheRecord.retain() during a"
            + " callback and close the RetainedRecord when done.");
    RecordReferences record = report.record(0);
    assertThat(record.taken()).isEqualTo(1);
    assertThat(record.released()).isEqualTo(1);
    assertThat(record.balanced()).isTrue();
    assertThat(report.unbalancedRecords()).isEmpty();
    assertCompletedWithoutErrors(report);
  }

  @Test
  void aRetainedRecordNeverClosedIsReportedUnbalanced() {
    HostReport report = runProbe(RecordLifetimeProbe.RETAIN_AND_KEEP);

    RecordReferences record = report.record(0);
    assertThat(record.taken()).isEqualTo(1);
    assertThat(record.released()).isEqualTo(0);
    assertThat(record.held()).isEqualTo(1);
    assertThat(record.balanced()).isFalse();
    assertThat(report.unbalancedRecords()).containsExactly(record);
    assertThat(report.summary().unbalancedRecords()).isEqualTo(1);
    assertCompletedWithoutErrors(report);
  }

  /** One token-cache ADD telling the probe what to do, then the cleanup that does the rest. */
  private HostReport runProbe(String behaviour) {
    Path module = ModuleSettings.forTestRun()
        .classPathOf(RecordLifetimeProbe.class, GlobalModule.class)
        .installCopy(LIBRARY, run);
    return HostSimulator.forModule(module)
        .scenario(Scenario.builder()
            .cacheOperation(CacheOperation.ADD, CacheEntry.token().userName(behaviour))
            .cacheCleanup()
            .build())
        .run();
  }

  /** No crash (the report has its summary), no error line, no contained Java failure. */
  private static void assertCompletedWithoutErrors(HostReport report) {
    assertThat(report.isComplete()).isTrue();
    report.assertNoErrors();
    assertThat(report.terminated()).isTrue();
    assertThat(report.logMessages(LogLevel.ERROR)).isEmpty();
    assertThat(report.logMessages(LogLevel.WARNING)).isEmpty();
    assertThat(report.summary().continued()).isEqualTo(2);
  }
}
