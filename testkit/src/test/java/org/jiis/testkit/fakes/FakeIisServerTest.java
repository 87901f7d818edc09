package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.CompletableFuture;
import org.jiis.testkit.fakes.FakeIisServer.Request;
import org.junit.jupiter.api.Test;

class FakeIisServerTest {

  @Test
  void answersWhatTheBuilderSets() {
    FakeIisServer server =
        FakeIisServer.builder().serverVersion(8).appPoolName("Shop").commandLineLaunch(false).build();

    assertThat(server.serverVersion()).isEqualTo(8);
    assertThat(server.appPoolName()).isEqualTo("Shop");
    assertThat(server.isCommandLineLaunch()).isFalse();
  }

  @Test
  void recordsRequestsFromAnyThread() throws Exception {
    FakeIisServer server = FakeIisServer.builder().build();

    CompletableFuture.runAsync(() -> server.reportUnhealthy("db down", 0x80004005)).get();
    server.recycleProcess("memory");

    assertThat(server.requests()).containsExactly(
        new Request.ReportUnhealthy("db down", 0x80004005), new Request.Recycle("memory")).inOrder();
  }

  @Test
  void afterTerminateOnlyTheVersionAnswers() {
    FakeIisServer server = FakeIisServer.builder().build();

    server.terminate();

    assertThat(server.serverVersion()).isEqualTo(10);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> server.recycleProcess("late"));
    assertThat(e).hasMessageThat().startsWith("IisServer.recycleProcess was called after IIS terminated");
    assertThrows(IllegalStateException.class, server::appPoolName);
    assertThat(server.requests()).isEmpty();
  }

  @Test
  void reasonsAreRequired() {
    FakeIisServer server = FakeIisServer.builder().build();

    assertThrows(NullPointerException.class, () -> server.reportUnhealthy(null, 1));
    assertThrows(NullPointerException.class, () -> server.recycleProcess(null));
  }
}
