package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;

import org.jiis.cache.CacheOperation;
import org.junit.jupiter.api.Test;

/**
 * The simulator counts ReferenceCacheData / DereferenceCacheData per record. The test module
 * balances token records, leaks a reference on files named "*.leak", and releases a reference it
 * never took on URLs ending in "/over-release".
 */
class HostReferenceCountTest {

  @Test
  void balancedUnbalancedAndOverReleasedRecords() {
    int threads = 2;
    int repeat = 10;
    int firings = threads * repeat;
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .threads(threads)
                    .repeat(repeat)
                    .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.token())
                    .cacheOperation(CacheOperation.ADD, CacheEntry.file("C:\\kept.leak"))
                    .cacheOperation(CacheOperation.ADD, CacheEntry.file("C:\\plain.txt"))
                    .cacheOperation(CacheOperation.DELETE, CacheEntry.uri("/a/over-release"))
                    .build())
            .run();

    RecordReferences token = report.record(0);
    assertThat(token.entry()).isEqualTo("token");
    assertThat(token.taken()).isEqualTo(firings);
    assertThat(token.released()).isEqualTo(firings);
    assertThat(token.balanced()).isTrue();

    RecordReferences leaked = report.record(1);
    assertThat(leaked.taken()).isEqualTo(firings);
    assertThat(leaked.released()).isEqualTo(0);
    assertThat(leaked.held()).isEqualTo(firings);
    assertThat(leaked.balanced()).isFalse();

    RecordReferences untouched = report.record(2);
    assertThat(untouched.taken()).isEqualTo(0);
    assertThat(untouched.balanced()).isTrue();

    RecordReferences overReleased = report.record(3);
    assertThat(overReleased.taken()).isEqualTo(0);
    assertThat(overReleased.released()).isEqualTo(firings);
    assertThat(overReleased.held()).isEqualTo(-firings);

    assertThat(report.unbalancedRecords()).containsExactly(leaked, overReleased);
    assertThat(report.summary().unbalancedRecords()).isEqualTo(2);
    // The over-release is reported once, when it first happens, on the thread that did it.
    assertThat(report.errors("reference-count")).hasSize(1);
    HostError error = report.errors("reference-count").get(0);
    assertThat(error.message()).contains("uri record of");
    assertThat(error.during()).isEqualTo("OnGlobalCacheOperation");
    assertThat(error.thread()).startsWith("worker-");
    // A leak alone is no error line: it shows in the record and the summary.
    assertThat(report.errors()).containsExactly(error);
  }
}
