package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jiis.reference.IisReference;
import org.junit.jupiter.api.Test;

/**
 * The naming and typing rules the generated {@code <Name>Natives} and {@code <Name>Jni.cpp} rely
 * on: every IIS call in {@link NativeAccess} is {@code <interface without I, lower camel><Method>},
 * with the method declared by that interface in {@code iis-native-api.md} (§7, §8, §8.1, §9), its
 * first parameter the interface pointer, and every signature uses only types JNI passes directly.
 */
class NativeAccessContractTest {

  /** The interfaces whose methods NativeAccess may call. */
  private static final List<String> INTERFACES = List.of(
      "IHttpServer", "IHttpEventProvider", "ICacheProvider", "IHttpCacheKey", "IHttpTokenKey",
      "IFileKey", "IUriKey", "IHttpCacheSpecificData", "IHttpTokenEntry", "IHttpFileInfo",
      "IGlobalStopListeningProvider", "IGlobalConfigurationChangeProvider",
      "IGlobalFileChangeProvider", "IHttpApplicationProvider",
      "IHttpApplicationResolveModulesProvider", "IGlobalRSCAQueryProvider",
      "IGlobalTraceEventProvider", "ICustomNotificationProvider", "IGlobalThreadCleanupProvider",
      "IHttpApplication");

  /** The methods that are not one IIS call. */
  private static final Set<String> NOT_IIS_CALLS = Set.of(
      "log", "httpCacheKeyKind", "httpCacheSpecificDataKind", "storeSuspendProcessCallback");

  @Test
  void everyIisCallIsNamedAfterExactlyOneMethodTheReferenceDeclares() {
    IisReference reference = IisReference.load();
    Map<String, List<String>> declared = new LinkedHashMap<>();
    for (String iface : INTERFACES) {
      declared.put(iface, reference.declaredMethods(iface));
    }
    List<String> unmapped = new ArrayList<>();
    for (Method method : NativeAccess.class.getDeclaredMethods()) {
      String name = method.getName();
      if (NOT_IIS_CALLS.contains(name)) {
        continue;
      }
      List<String> matches = new ArrayList<>();
      declared.forEach((iface, methods) -> {
        String prefix = Character.toLowerCase(iface.charAt(1)) + iface.substring(2);
        if (name.startsWith(prefix) && methods.contains(name.substring(prefix.length()))) {
          matches.add(iface + "::" + name.substring(prefix.length()));
        }
      });
      if (matches.size() != 1) {
        unmapped.add(name + " -> " + matches);
      }
    }
    assertThat(unmapped).isEmpty();
  }

  @Test
  void everyCallTakesItsObjectsPointerFirstAndOnlyJniTypes() {
    Set<Class<?>> argumentTypes =
        Set.of(long.class, int.class, boolean.class, String.class, byte[].class);
    for (Method method : NativeAccess.class.getDeclaredMethods()) {
      Class<?>[] parameters = method.getParameterTypes();
      if (method.getName().equals("log")) {
        assertThat(parameters).asList().containsExactly(int.class, String.class).inOrder();
        continue;
      }
      assertWithMessage(method.getName()).that(parameters.length).isAtLeast(1);
      assertWithMessage(method.getName()).that(parameters[0]).isEqualTo(long.class);
      for (Class<?> parameter : parameters) {
        assertWithMessage(method.getName()).that(argumentTypes).contains(parameter);
      }
    }
  }

  @Test
  void resultsArePrimitivesStringsOrByteArrays() {
    for (Method method : NativeAccess.class.getDeclaredMethods()) {
      Class<?> type = method.getReturnType();
      assertWithMessage(method.getName())
          .that(type.isPrimitive() || type == String.class || type == byte[].class)
          .isTrue();
    }
  }

  @Test
  void levelsAndKindsHaveTheNumbersTheNativeSideUses() {
    assertThat(List.of(NativeAccess.KEY_OTHER, NativeAccess.KEY_TOKEN, NativeAccess.KEY_FILE, NativeAccess.KEY_URI))
        .containsExactly(0, 1, 2, 3).inOrder();
    assertThat(List.of(NativeAccess.RECORD_OTHER, NativeAccess.RECORD_TOKEN_ENTRY, NativeAccess.RECORD_FILE_INFO))
        .containsExactly(0, 1, 2).inOrder();
    assertThat(List.of(NativeAccess.LOG_ERROR, NativeAccess.LOG_WARNING, NativeAccess.LOG_INFO, NativeAccess.LOG_DEBUG))
        .containsExactly(0, 1, 2, 3).inOrder();
  }
}
