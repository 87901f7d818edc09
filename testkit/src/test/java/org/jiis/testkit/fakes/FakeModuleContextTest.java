package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;

import java.util.concurrent.CompletableFuture;
import org.jiis.EventLog;
import org.jiis.testkit.fakes.RecordingEventLog.Entry;
import org.jiis.testkit.fakes.RecordingEventLog.Level;
import org.junit.jupiter.api.Test;

class FakeModuleContextTest {

  @Test
  void defaultsToDebugOff() {
    FakeModuleContext context = FakeModuleContext.builder().build();

    assertThat(context.moduleName()).isEqualTo(FakeModuleContext.DEFAULT_MODULE_NAME);
    assertThat(context.debugEnabled()).isFalse();
    assertThat(context.eventLog().entries()).isEmpty();
  }

  @Test
  void hasADefaultServerUnlessOneIsSet() {
    FakeIisServer server = FakeIisServer.builder().appPoolName("Shop").build();

    assertThat(FakeModuleContext.builder().build().server().appPoolName()).isEqualTo("DefaultAppPool");
    assertThat(FakeModuleContext.builder().server(server).build().server()).isSameInstanceAs(server);
  }

  @Test
  void holdsWhatTheBuilderSets() {
    FakeModuleContext context =
        FakeModuleContext.builder().moduleName("TokenCacheAudit").debugEnabled(true).build();

    assertThat(context.moduleName()).isEqualTo("TokenCacheAudit");
    assertThat(context.debugEnabled()).isTrue();
  }

  @Test
  void theLogRecordsLevelMessageAndThrowableInOrder() {
    RecordingEventLog log = FakeModuleContext.builder().build().eventLog();
    IllegalStateException failure = new IllegalStateException("boom");

    log.info("started");
    log.warning("slow");
    log.error("failed");
    log.error("failed with", failure);

    assertThat(log.entries()).containsExactly(
        new Entry(Level.INFO, "started", null),
        new Entry(Level.WARNING, "slow", null),
        new Entry(Level.ERROR, "failed", null),
        new Entry(Level.ERROR, "failed with", failure)).inOrder();
    assertThat(log.messages()).containsExactly("started", "slow", "failed", "failed with")
        .inOrder();
    assertThat(log.messages(Level.ERROR)).containsExactly("failed", "failed with").inOrder();
    assertThat(log.entries().get(3).toString())
        .isEqualTo("ERROR: failed with [java.lang.IllegalStateException: boom]");
  }

  @Test
  void aNullMessageIsWrittenAsNullLikeTheRuntimeDoes() {
    RecordingEventLog log = new RecordingEventLog();

    log.info(null);

    assertThat(log.messages()).containsExactly("null");
  }

  @Test
  void clearForgetsEveryEntry() {
    RecordingEventLog log = new RecordingEventLog();
    log.info("x");

    log.clear();

    assertThat(log.entries()).isEmpty();
  }

  @Test
  void theLogAcceptsEntriesFromAnyThread() throws Exception {
    RecordingEventLog log = new RecordingEventLog();
    EventLog asApi = log;

    CompletableFuture.allOf(
        CompletableFuture.runAsync(() -> asApi.info("a")),
        CompletableFuture.runAsync(() -> asApi.warning("b"))).get();

    assertThat(log.messages()).containsExactly("a", "b");
  }
}
