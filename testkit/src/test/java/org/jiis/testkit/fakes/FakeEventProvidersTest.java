package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import org.jiis.IisException;
import org.jiis.Priority;
import org.jiis.event.TraceEvent;
import org.jiis.testkit.fakes.FakeApplicationResolveModulesProvider.RequestPriority;
import org.junit.jupiter.api.Test;

/** The fakes of the org.jiis.event providers answer what they were built with and record the rest. */
class FakeEventProvidersTest {

  @Test
  void simpleProvidersAnswerWhatTheyWereBuiltWith() {
    assertThat(FakeStopListeningProvider.of(false).drainRequestsGracefully()).isFalse();
    assertThat(FakeConfigurationChangeProvider.of("MACHINE/WEBROOT/APPHOST").changePath())
        .isEqualTo("MACHINE/WEBROOT/APPHOST");
    assertThat(FakeFileChangeProvider.of("C:\\site\\web.config").fileName()).isEqualTo("C:\\site\\web.config");
    assertThat(FakeCustomNotificationProvider.of("flush").notificationType()).isEqualTo("flush");
  }

  @Test
  void everyProviderRecordsItsErrorStatusesReadableAfterTheCallback() {
    FakePreBeginRequestProvider provider = FakePreBeginRequestProvider.create();

    provider.setErrorStatus(0x80004005);
    provider.setErrorStatus(0x80070005);
    provider.endCallback();

    assertThat(provider.errorStatuses()).containsExactly(0x80004005, 0x80070005).inOrder();
    assertThrows(IllegalStateException.class, () -> provider.setErrorStatus(1));
  }

  @Test
  void anApplicationEndsWithItsProvider() {
    FakeApplication application = FakeApplication.builder().physicalPath("D:\\shop\\").build();
    FakeApplicationProvider provider = FakeApplicationProvider.of(application);

    assertThat(provider.application().physicalPath()).isEqualTo("D:\\shop\\");
    assertThat(provider.application().applicationId()).isEqualTo(FakeApplication.DEFAULT_APPLICATION_ID);
    provider.endCallback();

    assertThrows(IllegalStateException.class, application::physicalPath);
  }

  @Test
  void threadCleanupAndResolveModulesEndTheirApplicationToo() {
    FakeApplication cleaned = FakeApplication.builder().build();
    FakeApplication resolved = FakeApplication.builder().build();
    FakeThreadCleanupProvider cleanup = FakeThreadCleanupProvider.of(cleaned);
    FakeApplicationResolveModulesProvider resolve = FakeApplicationResolveModulesProvider.of(resolved);

    cleanup.endCallback();
    resolve.endCallback();

    assertThrows(IllegalStateException.class, cleaned::configPath);
    assertThrows(IllegalStateException.class, resolved::configPath);
    assertThat(FakeThreadCleanupProvider.of(null).application()).isNull();
  }

  @Test
  void resolveModulesRecordsPrioritiesOrFailsLikeIis() {
    FakeApplicationResolveModulesProvider provider = FakeApplicationResolveModulesProvider.of(null);
    provider.setPriorityForRequestNotification("Compression", 0x400, Priority.LAST);

    assertThat(provider.priorities()).containsExactly(new RequestPriority("Compression", 0x400, Priority.LAST));

    FakeApplicationResolveModulesProvider failing =
        FakeApplicationResolveModulesProvider.failingWith(null, 0x800700B7);
    IisException e = assertThrows(IisException.class,
        () -> failing.setPriorityForRequestNotification("M", 1, Priority.FIRST));
    assertThat(e.hresult()).isEqualTo(0x800700B7);
    assertThat(failing.priorities()).isEmpty();
    assertThrows(IllegalArgumentException.class, () -> FakeApplicationResolveModulesProvider.failingWith(null, 0));
  }

  @Test
  void rscaQueryKeepsTheAnswerOrRefusesABuffer() {
    FakeRscaQueryProvider query =
        FakeRscaQueryProvider.builder().functionName("GetCount").functionParameters("site=1").build();
    byte[] answer = {4, 2};

    query.setResult(answer, 0);
    answer[0] = 9;

    assertThat(query.functionName()).isEqualTo("GetCount");
    assertThat(query.functionParameters()).isEqualTo("site=1");
    assertThat(query.result().output()).isEqualTo(new byte[] {4, 2});
    assertThat(query.result().hresult()).isEqualTo(0);

    FakeRscaQueryProvider refusing = FakeRscaQueryProvider.builder().outputBufferFailure(0x8007000E).build();
    assertThrows(IisException.class, () -> refusing.setResult(new byte[1], 0));
    assertThat(refusing.result()).isNull();
    refusing.setResult(new byte[0], 0x80004005);
    assertThat(refusing.result().hresult()).isEqualTo(0x80004005);
  }

  @Test
  void traceEventAnswersItsEventSubscriptionOrFailure() {
    TraceEvent event = new TraceEvent(UUID.randomUUID(), 1, null, 2, "EVENT", 1, 4, null, null, 0, 0,
        List.of());

    assertThat(FakeTraceEventProvider.of(event).traceEvent()).isSameInstanceAs(event);
    assertThat(FakeTraceEventProvider.of(event).isSubscribed()).isTrue();
    assertThat(FakeTraceEventProvider.of(event, false).isSubscribed()).isFalse();
    IisException e =
        assertThrows(IisException.class, () -> FakeTraceEventProvider.failingWith(0x80004005).traceEvent());
    assertThat(e).hasMessageThat().isEqualTo("IGlobalTraceEventProvider::GetTraceEvent failed with HRESULT 0x80004005");
  }

  @Test
  void suspendProcessRunsTheResumeCallbackOnceWhenResumed() throws Exception {
    FakeSuspendProcessProvider suspension = FakeSuspendProcessProvider.create();
    AtomicInteger resumed = new AtomicInteger();
    suspension.setResumeCallback(resumed::incrementAndGet);
    suspension.endCallback();

    assertThat(suspension.hasResumeCallback()).isTrue();
    Thread iisThread = new Thread(suspension::resume);
    iisThread.start();
    iisThread.join();
    suspension.resume();

    assertThat(resumed.get()).isEqualTo(1);
    assertThat(suspension.hasResumeCallback()).isFalse();
    assertThrows(IllegalStateException.class, () -> suspension.setResumeCallback(() -> {}));
  }
}
