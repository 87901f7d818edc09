package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.LongToIntFunction;
import org.jiis.GlobalNotificationStatus;
import org.jiis.IisException;
import org.jiis.Priority;
import org.jiis.event.Application;
import org.jiis.event.ApplicationProvider;
import org.jiis.event.ApplicationResolveModulesProvider;
import org.jiis.event.ConfigurationChangeProvider;
import org.jiis.event.CustomNotificationProvider;
import org.jiis.event.FileChangeProvider;
import org.jiis.event.RscaQueryProvider;
import org.jiis.event.StopListeningProvider;
import org.jiis.event.ThreadCleanupProvider;
import org.jiis.event.TraceEvent;
import org.jiis.event.TraceEventProvider;
import org.jiis.internal.FakeNatives.ApplicationSource;
import org.jiis.internal.FakeNatives.ResolveModules;
import org.jiis.internal.FakeNatives.RscaQuery;
import org.jiis.internal.FakeNatives.TraceEventSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Each provider view reads and changes exactly its IIS object, through the natives. */
class EventViewsTest {

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);
  private final TestDispatcher dispatcher = TestDispatcher.of(module);
  private final IisEvents iis = new IisEvents(natives, module);

  @AfterEach
  void noUseAfterFreeAndNothingContained() {
    assertThat(natives.violations()).isEmpty();
    assertThat(natives.log()).isEmpty();
  }

  /**
   * Fires one event whose handler applies {@code read} to the provider; returns what it read.
   * Whatever {@code read} throws is rethrown here rather than contained.
   */
  private <P, T> T during(LongToIntFunction entryPoint, long provider, Class<P> type,
      Function<P, T> read, long... children) {
    AtomicReference<T> result = new AtomicReference<>();
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    dispatcher.event = call -> {
      try {
        result.set(read.apply(type.cast(call.provider())));
      } catch (RuntimeException e) {
        failure.set(e);
      }
      return GlobalNotificationStatus.CONTINUE;
    };
    natives.deliver(entryPoint, provider, children);
    if (failure.get() != null) {
      throw failure.get();
    }
    return result.get();
  }

  @Test
  void stopListeningReadsDrainRequestsGracefully() {
    for (boolean drain : new boolean[] {true, false}) {
      boolean seen = during(module::stopListening, natives.add(new FakeNatives.StopListening(drain)),
          StopListeningProvider.class, StopListeningProvider::drainRequestsGracefully);
      assertThat(seen).isEqualTo(drain);
    }
  }

  @Test
  void configurationChangeReadsTheChangePath() {
    String path = during(module::configurationChange,
        natives.add(new FakeNatives.ConfigurationChange("MACHINE/WEBROOT/APPHOST/Default Web Site")),
        ConfigurationChangeProvider.class, ConfigurationChangeProvider::changePath);

    assertThat(path).isEqualTo("MACHINE/WEBROOT/APPHOST/Default Web Site");
  }

  @Test
  void fileChangeReadsTheFileName() {
    String file = during(module::fileChange, natives.add(new FakeNatives.FileChange("C:\\site\\web.config")),
        FileChangeProvider.class, FileChangeProvider::fileName);

    assertThat(file).isEqualTo("C:\\site\\web.config");
  }

  @Test
  void customNotificationReadsTheNotificationType() {
    String type = during(module::customNotification, natives.add(new FakeNatives.CustomNotification("flush")),
        CustomNotificationProvider.class, CustomNotificationProvider::notificationType);

    assertThat(type).isEqualTo("flush");
  }

  @Test
  void applicationStartAndStopAndThreadCleanupReadTheirApplication() {
    Function<Application, List<String>> fields =
        application -> List.of(application.physicalPath(), application.applicationId(), application.configPath());
    List<String> expected = List.of(IisEvents.PHYSICAL_PATH, IisEvents.APPLICATION_ID, IisEvents.CONFIG_PATH);

    long application = iis.application();
    List<String> start = during(module::applicationStart, natives.add(new ApplicationSource(application)),
        ApplicationProvider.class, provider -> fields.apply(provider.application()), application);
    application = iis.application();
    List<String> stop = during(module::applicationStop, natives.add(new ApplicationSource(application)),
        ApplicationProvider.class, provider -> fields.apply(provider.application()), application);
    application = iis.application();
    List<String> cleanup = during(module::threadCleanup, natives.add(new FakeNatives.ThreadCleanup(application)),
        ThreadCleanupProvider.class, provider -> fields.apply(provider.application()), application);
    application = iis.application();
    List<String> resolve = during(module::applicationResolveModules,
        natives.add(new ResolveModules(application)), ApplicationResolveModulesProvider.class,
        provider -> fields.apply(provider.application()), application);

    assertThat(start).isEqualTo(expected);
    assertThat(stop).isEqualTo(expected);
    assertThat(cleanup).isEqualTo(expected);
    assertThat(resolve).isEqualTo(expected);
  }

  @Test
  void aMissingApplicationIsNull() {
    Application start = during(module::applicationStart, natives.add(new ApplicationSource(0)),
        ApplicationProvider.class, ApplicationProvider::application);
    Application cleanup = during(module::threadCleanup, natives.add(new FakeNatives.ThreadCleanup(0)),
        ThreadCleanupProvider.class, ThreadCleanupProvider::application);

    assertThat(start).isNull();
    assertThat(cleanup).isNull();
  }

  @Test
  void resolveModulesSetsARequestModulesPriorityByItsAlias() {
    ResolveModules resolve = new ResolveModules(0);

    during(module::applicationResolveModules, natives.add(resolve), ApplicationResolveModulesProvider.class,
        provider -> {
          provider.setPriorityForRequestNotification("MyRequestModule", 0x1, Priority.FIRST);
          provider.setPriorityForRequestNotification("Other", 0x80000000, Priority.LAST);
          return null;
        });

    assertThat(resolve.priorities).containsExactly("MyRequestModule 0x1 FIRST", "Other 0x80000000 LAST").inOrder();
  }

  @Test
  void aFailingSetPriorityForRequestNotificationThrowsItsHresult() {
    ResolveModules resolve = new ResolveModules(0);
    resolve.priorityResult = 0x800700B7; // HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS)

    IisException e = assertThrows(IisException.class,
        () -> during(module::applicationResolveModules, natives.add(resolve),
            ApplicationResolveModulesProvider.class, provider -> {
              provider.setPriorityForRequestNotification("M", 1, Priority.HIGH);
              return null;
            }));

    assertThat(e.hresult()).isEqualTo(0x800700B7);
    assertThat(e).hasMessageThat().isEqualTo(
        "IHttpApplicationResolveModulesProvider::SetPriorityForRequestNotification failed with"
            + " HRESULT 0x800700B7");
  }

  @Test
  void rscaQueryReadsTheQueryAndAnswersThroughTheOutputBuffer() {
    RscaQuery query = new RscaQuery("GetWorkerProcessState", "pid=42");

    List<String> seen = during(module::rscaQuery, natives.add(query), RscaQueryProvider.class, provider -> {
      provider.setResult(new byte[] {1, 2, 3}, 0);
      return List.of(provider.functionName(), provider.functionParameters());
    });

    assertThat(seen).containsExactly("GetWorkerProcessState", "pid=42").inOrder();
    assertThat(query.output).isEqualTo(new byte[] {1, 2, 3});
    assertThat(query.result).isEqualTo("SetResult(3, 0x0)");
  }

  @Test
  void anEmptyRscaAnswerNeedsNoOutputBuffer() {
    RscaQuery query = new RscaQuery("Ping", null);
    query.bufferResult = 0x80004005; // GetOutputBuffer would fail: it must not be called

    during(module::rscaQuery, natives.add(query), RscaQueryProvider.class, provider -> {
      provider.setResult(new byte[0], 0x80070057);
      return null;
    });

    assertThat(query.output).isNull();
    assertThat(query.result).isEqualTo("SetResult(0, 0x80070057)");
  }

  @Test
  void aFailingGetOutputBufferThrowsItsHresultAndSetsNoResult() {
    RscaQuery query = new RscaQuery("Big", "");
    query.bufferResult = 0x8007000E; // E_OUTOFMEMORY

    IisException e = assertThrows(IisException.class,
        () -> during(module::rscaQuery, natives.add(query), RscaQueryProvider.class, provider -> {
          provider.setResult(new byte[1 << 20], 0);
          return null;
        }));

    assertThat(e.hresult()).isEqualTo(0x8007000E);
    assertThat(e).hasMessageThat()
        .isEqualTo("IGlobalRSCAQueryProvider::GetOutputBuffer failed with HRESULT 0x8007000E");
    assertThat(query.result).isNull();
  }

  @Test
  void traceEventIsACopyThatOutlivesTheCallback() {
    byte[] encoded = TraceEventBytes.result(0).byte8(1)
        .guid(0x3A2A4E84, 0x4C21, 0x4981, 0xAE, 0x10, 0x3F, 0xDA, 0x0D, 0x9B, 0x0F, 0x83)
        .int32(2).nullGuid().int32(5).string("MODULE_SET_RESPONSE_ERROR_STATUS").int32(1).int32(3)
        .nullGuid().nullGuid().int32(99).int32(0).int32(1)
        .string("HttpStatus").int32(18).data((byte) 0xF4, (byte) 0x01).string(null)
        .bytes();

    TraceEvent event = during(module::traceEvent,
        natives.add(new TraceEventSource(encoded, FakeNatives.MODULE_ID)), TraceEventProvider.class,
        TraceEventProvider::traceEvent);

    assertThat(event.providerGuid()).isEqualTo(UUID.fromString("3a2a4e84-4c21-4981-ae10-3fda0d9b0f83"));
    assertThat(event.eventName()).isEqualTo("MODULE_SET_RESPONSE_ERROR_STATUS");
    assertThat(event.items().get(0).data()).isEqualTo(new byte[] {(byte) 0xF4, 0x01});
  }

  @Test
  void traceEventAsksCheckSubscriptionWithThisModulesId() {
    byte[] none = TraceEventBytes.result(0).byte8(0).bytes();

    assertThat(during(module::traceEvent, natives.add(new TraceEventSource(none, FakeNatives.MODULE_ID)),
        TraceEventProvider.class, TraceEventProvider::isSubscribed)).isTrue();
    assertThat(during(module::traceEvent, natives.add(new TraceEventSource(none, 0x0BAD)),
        TraceEventProvider.class, TraceEventProvider::isSubscribed)).isFalse();
  }

  @Test
  void aFailingGetTraceEventThrowsItsHresult() {
    byte[] failed = TraceEventBytes.result(0x80004005).bytes();

    IisException e = assertThrows(IisException.class,
        () -> during(module::traceEvent, natives.add(new TraceEventSource(failed, FakeNatives.MODULE_ID)),
            TraceEventProvider.class, TraceEventProvider::traceEvent));

    assertThat(e.hresult()).isEqualTo(0x80004005);
  }

  @Test
  void childViewsAreReusedWithinAThreadAndNeverAllocatedPerEvent() {
    List<Object> seen = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      long application = iis.application();
      seen.add(during(module::applicationStart, natives.add(new ApplicationSource(application)),
          ApplicationProvider.class, provider -> List.of(provider, provider.application()), application));
    }

    assertThat(seen.get(1)).isEqualTo(seen.get(0));
    assertThat(seen.get(2)).isEqualTo(seen.get(0));
  }
}
