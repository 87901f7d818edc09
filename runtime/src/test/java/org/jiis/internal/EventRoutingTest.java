package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheProvider;
import org.jiis.event.ApplicationPreloadProvider;
import org.jiis.event.ApplicationProvider;
import org.jiis.event.ApplicationResolveModulesProvider;
import org.jiis.event.ConfigurationChangeProvider;
import org.jiis.event.CustomNotificationProvider;
import org.jiis.event.EventProvider;
import org.jiis.event.FileChangeProvider;
import org.jiis.event.PreBeginRequestProvider;
import org.jiis.event.RscaQueryProvider;
import org.jiis.event.StopListeningProvider;
import org.jiis.event.SuspendProcessProvider;
import org.jiis.event.ThreadCleanupProvider;
import org.jiis.event.TraceEventProvider;
import org.jiis.internal.FakeNatives.LogEntry;
import org.jiis.internal.TestDispatcher.Call;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Every notification's entry point reaches its hook with a view of its provider. */
class EventRoutingTest {

  /** The view type each hook receives; the two cache events are routed through their own fields. */
  private static final Map<GlobalEvent, Class<?>> VIEW_TYPES = Map.ofEntries(
      Map.entry(GlobalEvent.STOP_LISTENING, StopListeningProvider.class),
      Map.entry(GlobalEvent.CONFIGURATION_CHANGE, ConfigurationChangeProvider.class),
      Map.entry(GlobalEvent.FILE_CHANGE, FileChangeProvider.class),
      Map.entry(GlobalEvent.PRE_BEGIN_REQUEST, PreBeginRequestProvider.class),
      Map.entry(GlobalEvent.APPLICATION_START, ApplicationProvider.class),
      Map.entry(GlobalEvent.APPLICATION_RESOLVE_MODULES, ApplicationResolveModulesProvider.class),
      Map.entry(GlobalEvent.APPLICATION_STOP, ApplicationProvider.class),
      Map.entry(GlobalEvent.RSCA_QUERY, RscaQueryProvider.class),
      Map.entry(GlobalEvent.TRACE_EVENT, TraceEventProvider.class),
      Map.entry(GlobalEvent.CUSTOM_NOTIFICATION, CustomNotificationProvider.class),
      Map.entry(GlobalEvent.THREAD_CLEANUP, ThreadCleanupProvider.class),
      Map.entry(GlobalEvent.APPLICATION_PRELOAD, ApplicationPreloadProvider.class),
      Map.entry(GlobalEvent.SUSPEND_PROCESS, SuspendProcessProvider.class));

  private static final int HANDLED = GlobalNotificationStatus.HANDLED.value();
  private static final int E_FAIL = 0x80004005;

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);
  private final TestDispatcher dispatcher = TestDispatcher.of(module);
  private final IisEvents iis = new IisEvents(natives, module);

  @AfterEach
  void noUseAfterFreeAndNothingLogged() {
    assertThat(natives.violations()).isEmpty();
    assertThat(natives.log()).isEmpty();
  }

  @Test
  void everyOtherEventReachesItsOwnHookWithAViewOfItsProviderAndReturnsItsStatus() {
    dispatcher.event = call -> GlobalNotificationStatus.HANDLED;

    for (GlobalEvent event : otherEvents()) {
      assertWithMessage("status of %s", event).that(iis.fire(event)).isEqualTo(HANDLED);

      Call call = dispatcher.calls.get(dispatcher.calls.size() - 1);
      assertThat(call.event()).isEqualTo(event);
      if (event == GlobalEvent.HEALTH_CHECK) {
        assertThat(call.provider()).isNull();
      } else {
        assertWithMessage("view of %s", event).that(call.provider()).isInstanceOf(VIEW_TYPES.get(event));
      }
    }
    assertThat(dispatcher.calls).hasSize(otherEvents().size());
    assertThat(dispatcher.cacheOperationCalls).isEqualTo(0);
    assertThat(dispatcher.cacheCleanupCalls).isEqualTo(0);
  }

  @Test
  void applicationStartAndStopShareTheApplicationProviderViewButNotTheResolveModulesOne() {
    dispatcher.event = call -> GlobalNotificationStatus.CONTINUE;

    iis.fire(GlobalEvent.APPLICATION_START);
    iis.fire(GlobalEvent.APPLICATION_STOP);
    iis.fire(GlobalEvent.APPLICATION_RESOLVE_MODULES);

    List<Call> calls = dispatcher.calls;
    assertThat(calls.get(0).provider()).isSameInstanceAs(calls.get(1).provider());
    assertThat(calls.get(0).provider()).isNotInstanceOf(ApplicationResolveModulesProvider.class);
    assertThat(calls.get(2).provider()).isNotSameInstanceAs(calls.get(0).provider());
  }

  @Test
  void afterTerminateEveryEventPassesThroughWithoutReachingTheModule() {
    dispatcher.event = call -> GlobalNotificationStatus.HANDLED;
    module.terminate();

    for (GlobalEvent event : GlobalEvent.values()) {
      assertWithMessage("status of %s", event).that(iis.fire(event)).isEqualTo(0);
    }
    assertThat(dispatcher.calls).isEmpty();
  }

  @Test
  void setErrorStatusReachesTheProviderOfEveryEventThatHasOne() {
    dispatcher.event = call -> {
      if (call.provider() instanceof EventProvider provider) {
        provider.setErrorStatus(E_FAIL);
      }
      return GlobalNotificationStatus.CONTINUE;
    };
    dispatcher.cacheOperation = provider -> {
      provider.setErrorStatus(E_FAIL);
      return GlobalNotificationStatus.CONTINUE;
    };

    for (GlobalEvent event : GlobalEvent.values()) {
      iis.fire(event);
      if (iis.lastProvider instanceof FakeNatives.EventProvider provider) {
        assertWithMessage("SetErrorStatus of %s", event).that(provider.errorStatuses).containsExactly(E_FAIL);
      }
    }
    assertThat(natives.cacheErrorStatuses).containsExactly(E_FAIL);
    // Everything but the suspend callback slot, health check and cache cleanup is an IHttpEventProvider.
    assertThat(EventProvider.class.isAssignableFrom(SuspendProcessProvider.class)).isFalse();
    assertThat(EventProvider.class.isAssignableFrom(CacheProvider.class)).isTrue();
  }

  @Test
  void aThrowingHookOfEveryEventIsContainedAndTheEventContinues() {
    // A clock a second further on every reading, so the failure log's rate limit never applies.
    AtomicLong clock = new AtomicLong();
    NativeModule unlimited = NativeModule.start(TestDispatcher.NAME, TestDispatcher.class.getName(),
        natives, false, natives.server, FakeNatives.SERVER_VERSION, FakeNatives.MODULE_ID,
        () -> clock.addAndGet(1_000_000_000L));
    TestDispatcher.of(unlimited).event = call -> {
      throw new IllegalStateException("broken " + call.event());
    };

    IisEvents iisEvents = new IisEvents(natives, unlimited);
    for (GlobalEvent event : otherEvents()) {
      assertWithMessage("status of %s", event).that(iisEvents.fire(event)).isEqualTo(0);
    }

    List<LogEntry> log = natives.log();
    assertThat(log).hasSize(otherEvents().size());
    int i = 0;
    for (GlobalEvent event : otherEvents()) {
      assertThat(log.get(i).level()).isEqualTo(NativeAccess.LOG_ERROR);
      assertThat(log.get(i).message()).startsWith("Module TestModule: the " + event.name()
          + " handler threw java.lang.IllegalStateException; the event continues"
          + " (GL_NOTIFICATION_CONTINUE).");
      i++;
    }
    natives.clearLog();
  }

  private static EnumSet<GlobalEvent> otherEvents() {
    return EnumSet.complementOf(EnumSet.of(GlobalEvent.CACHE_OPERATION, GlobalEvent.CACHE_CLEANUP));
  }
}
