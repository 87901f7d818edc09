package org.jiis.processor.model;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.lang.invoke.MethodType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.Priority;
import org.jiis.internal.ModuleDispatcher;
import org.jiis.internal.NativeAccess;
import org.jiis.internal.NativeModule;
import org.jiis.processor.generation.nativecode.EventEntryPoint;
import org.jiis.processor.generation.nativecode.NativeMethod;
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
  void eventsDescribeTheirListenerInterfaces() throws Exception {
    for (EventKind kind : EventKind.values()) {
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
   * {@code onTerminate} return nothing) is an event's, with its listener method's signature, and
   * back.
   */
  @Test
  void moduleDispatcherEventHooksAreTheEvents() throws Exception {
    List<String> hooks = new ArrayList<>();
    for (Method method : ModuleDispatcher.class.getDeclaredMethods()) {
      if (Modifier.isPublic(method.getModifiers()) && method.getReturnType() == GlobalNotificationStatus.class) {
        hooks.add(method.getName());
      }
    }
    List<String> events = Stream.of(EventKind.values()).map(EventKind::listenerMethod).toList();
    assertThat(hooks).containsExactlyElementsIn(events);
    for (EventKind kind : EventKind.values()) {
      Class<?>[] parameters = Class.forName(kind.listenerInterface()).getMethods()[0].getParameterTypes();
      Method hook = ModuleDispatcher.class.getMethod(kind.listenerMethod(), parameters);
      assertThat(hook.getReturnType()).isEqualTo(GlobalNotificationStatus.class);
      assertThat(Modifier.isFinal(hook.getModifiers())).isFalse();
    }
  }

  /** The entry point the generated C++ names for each event exists on NativeModule with that shape. */
  @Test
  void nativeModuleHasTheEntryPointOfEveryEvent() throws Exception {
    for (EventKind kind : EventKind.values()) {
      EventEntryPoint entry = EventEntryPoint.of(kind);
      Method method = entry.javaSignature().equals("(J)I")
          ? NativeModule.class.getMethod(entry.javaMethod(), long.class)
          : NativeModule.class.getMethod(entry.javaMethod());
      assertWithMessage("entry point of %s", kind).that(method.getReturnType()).isEqualTo(int.class);
      assertWithMessage("entry point of %s", kind).that(entry.javaSignature())
          .isEqualTo(kind.cppParameter() == null ? "()I" : "(J)I");
    }
  }

  /** The generated natives class implements NativeAccess exactly: same names, same JNI descriptors. */
  @Test
  void nativeMethodsAreTheNativeAccessMethods() {
    Map<String, String> declared = new TreeMap<>();
    for (Method method : NativeAccess.class.getDeclaredMethods()) {
      declared.put(method.getName(), descriptor(method));
    }
    Map<String, String> generated = new TreeMap<>();
    for (NativeMethod method : NativeMethod.values()) {
      generated.put(method.javaName(), method.descriptor());
      assertWithMessage("parameter names of %s", method)
          .that(method.parameterNames()).hasSize(nativeAccessMethod(method.javaName()).getParameterCount());
    }
    assertThat(generated).containsExactlyEntriesIn(declared);
  }

  private static Method nativeAccessMethod(String name) {
    return Arrays.stream(NativeAccess.class.getDeclaredMethods())
        .filter(m -> m.getName().equals(name))
        .findFirst()
        .orElseThrow(() -> new AssertionError("NativeAccess has no " + name));
  }

  private static String descriptor(Method method) {
    StringBuilder descriptor = new StringBuilder("(");
    for (Class<?> parameter : method.getParameterTypes()) {
      descriptor.append(descriptor(parameter));
    }
    return descriptor.append(')').append(descriptor(method.getReturnType())).toString();
  }

  private static String descriptor(Class<?> type) {
    return MethodType.methodType(type).toMethodDescriptorString().substring(2);
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
