package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.event.Application;
import org.jiis.event.ApplicationProvider;
import org.jiis.event.ConfigurationChangeProvider;
import org.jiis.event.ThreadCleanupProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The provider views of the other notifications follow the cache views' lifetime rules. */
class EventViewLifetimeTest {

  private static final String COPY =
      " To use its data later, copy the values you need (strings, numbers) during the callback.";

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);
  private final TestDispatcher dispatcher = TestDispatcher.of(module);
  private final IisEvents iis = new IisEvents(natives, module);

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  @Test
  void everyMethodOfEveryProviderViewFailsAfterItsCallbackReturns() throws Exception {
    Map<Object, Class<?>> views = new LinkedHashMap<>();
    dispatcher.event = call -> {
      if (call.provider() != null) {
        views.put(call.provider(), apiOf(call.provider()));
      }
      if (call.provider() instanceof ApplicationProvider provider) {
        views.put(provider.application(), Application.class);
      }
      if (call.provider() instanceof ThreadCleanupProvider provider) {
        views.put(provider.application(), Application.class);
      }
      return GlobalNotificationStatus.CONTINUE;
    };
    for (GlobalEvent event : GlobalEvent.values()) {
      iis.fire(event);
    }
    // Twelve provider views (application start and stop share one) and three application views.
    assertThat(views).hasSize(12 + 3);

    for (Map.Entry<Object, Class<?>> view : views.entrySet()) {
      Class<?> api = view.getValue();
      for (Method method : api.getMethods()) {
        InvocationTargetException e = assertThrows(InvocationTargetException.class,
            () -> method.invoke(view.getKey(), ViewMethods.neutralArguments(method)), method.toString());
        assertWithMessage("%s", method).that(e.getCause()).isInstanceOf(IllegalStateException.class);
        assertWithMessage("%s", method).that(e.getCause()).hasMessageThat().isEqualTo(
            "This " + api.getSimpleName() + " view was used after its callback returned; it is"
                + " valid only during the callback that received it." + COPY);
      }
    }
  }

  @Test
  void aProviderViewFailsOnAnotherThreadDuringTheCallbackAndStillWorksOnItsOwn() {
    String callbackThread = Thread.currentThread().getName();
    AtomicReference<Throwable> fromOtherThread = new AtomicReference<>();
    List<String> paths = new ArrayList<>();
    dispatcher.event = call -> {
      ConfigurationChangeProvider provider = (ConfigurationChangeProvider) call.provider();
      Thread other = new Thread(() -> {
        try {
          provider.changePath();
        } catch (Throwable t) {
          fromOtherThread.set(t);
        }
      }, "intruder");
      other.start();
      join(other);
      paths.add(provider.changePath());
      return GlobalNotificationStatus.CONTINUE;
    };

    iis.fire(GlobalEvent.CONFIGURATION_CHANGE);

    assertThat(paths).containsExactly(IisEvents.CONFIG_PATH);
    assertThat(fromOtherThread.get()).isInstanceOf(IllegalStateException.class);
    assertThat(fromOtherThread.get()).hasMessageThat().isEqualTo(
        "This ConfigurationChangeProvider view was used on thread \"intruder\", but it is valid only"
            + " during the callback that received it, on that callback's thread (\"" + callbackThread
            + "\")." + COPY);
  }

  /** The one API interface of a view: the org.jiis.event interface it implements. */
  private static Class<?> apiOf(Object view) {
    for (Class<?> type : view.getClass().getInterfaces()) {
      if (type.getPackageName().equals("org.jiis.event")) {
        return type;
      }
    }
    throw new AssertionError(view.getClass() + " implements no org.jiis.event interface");
  }

  private static void join(Thread thread) {
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
