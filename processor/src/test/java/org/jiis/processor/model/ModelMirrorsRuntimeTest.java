package org.jiis.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.Priority;
import org.jiis.internal.ModuleDispatcher;
import org.junit.jupiter.api.Test;

/**
 * The processor's own tables must describe the runtime exactly: it cannot load the runtime classes
 * when it runs, so these tests are what keeps the two in step.
 */
class ModelMirrorsRuntimeTest {

  @Test
  void eventKindsAreTheGlobalEvents() {
    assertThat(names(EventKind.values())).containsExactlyElementsIn(names(GlobalEvent.values())).inOrder();
    for (EventKind kind : EventKind.values()) {
      GlobalEvent event = GlobalEvent.valueOf(kind.name());
      assertWithMessage("bit of %s", kind).that(kind.bit()).isEqualTo(event.bit());
      assertWithMessage("constant of %s", kind).that(kind.constantName()).isEqualTo(event.constantName());
      assertWithMessage("module method of %s", kind).that(kind.moduleMethod()).isEqualTo(event.moduleMethod());
    }
  }

  @Test
  void priorityKindsAreThePriorities() {
    assertThat(names(PriorityKind.values())).containsExactlyElementsIn(names(Priority.values())).inOrder();
    for (PriorityKind kind : PriorityKind.values()) {
      assertThat(kind.constantName()).isEqualTo(Priority.valueOf(kind.name()).constantName());
    }
  }

  @Test
  void supportedEventsDescribeTheirListenerInterfaces() throws Exception {
    for (EventKind kind : EventKind.values()) {
      if (!kind.supported()) {
        assertWithMessage("parameters of unsupported %s", kind).that(kind.listenerParameters()).isEmpty();
        continue;
      }
      Class<?> listener = Class.forName(kind.listenerInterface());
      assertWithMessage("%s is an interface", listener).that(listener.isInterface()).isTrue();
      List<Method> methods = abstractMethods(listener);
      assertWithMessage("abstract methods of %s", listener).that(methods).hasSize(1);
      Method method = methods.get(0);
      assertThat(method.getName()).isEqualTo(kind.listenerMethod());
      assertThat(method.getReturnType()).isEqualTo(GlobalNotificationStatus.class);
      assertWithMessage("parameters of %s", method)
          .that(parameterTypes(kind))
          .containsExactlyElementsIn(Stream.of(method.getParameterTypes()).map(Class::getCanonicalName).toList())
          .inOrder();
    }
  }

  /**
   * Every event hook of the dispatcher (a public method returning a status; lifecycle hooks such as
   * {@code onTerminate} return nothing) is a supported event's, with its listener method's
   * signature, and back.
   */
  @Test
  void moduleDispatcherEventHooksAreTheSupportedEvents() throws Exception {
    List<String> hooks = new ArrayList<>();
    for (Method method : ModuleDispatcher.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == GlobalNotificationStatus.class) {
        hooks.add(method.getName());
      }
    }
    List<String> supported = Stream.of(EventKind.values())
        .filter(EventKind::supported)
        .map(EventKind::listenerMethod)
        .toList();
    assertThat(hooks).containsExactlyElementsIn(supported);
    for (EventKind kind : EventKind.values()) {
      if (kind.supported()) {
        Class<?>[] parameters = Class.forName(kind.listenerInterface()).getMethods()[0].getParameterTypes();
        Method hook = ModuleDispatcher.class.getMethod(kind.listenerMethod(), parameters);
        assertThat(hook.getReturnType()).isEqualTo(GlobalNotificationStatus.class);
        assertThat(Modifier.isFinal(hook.getModifiers())).isFalse();
      }
    }
  }

  private static List<String> parameterTypes(EventKind kind) {
    return kind.listenerParameters().stream().map(ListenerParameter::typeName).toList();
  }

  private static List<Method> abstractMethods(Class<?> type) {
    return Arrays.stream(type.getMethods()).filter(m -> Modifier.isAbstract(m.getModifiers())).toList();
  }

  private static List<String> names(Enum<?>[] values) {
    return Arrays.stream(values).map(Enum::name).toList();
  }
}
