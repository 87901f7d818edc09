package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The naming and typing rules the generated {@code <Name>Natives} and {@code <Name>Jni.cpp} rely
 * on: every IIS call in {@link NativeAccess} is {@code <interface without I, lower camel><Method>},
 * with the method declared by that interface in {@code iis-native-api.md} §8 and §8.1, and every
 * signature uses only types JNI passes directly.
 */
class NativeAccessContractTest {

  /** The methods each interface declares itself (not inherited), from reference §8 and §8.1. */
  private static final Map<String, Set<String>> REFERENCE = Map.of(
      "ICacheProvider", Set.of(
          "GetCacheOperation", "GetCacheKey", "GetCacheRecord", "SetCacheRecord", "GetTraceContext"),
      "IHttpCacheKey", Set.of("GetHash", "GetCacheName", "GetIsEqual", "GetIsPrefix", "Enum"),
      "IHttpTokenKey", Set.of("GetUserName", "GetPasswordHash", "GetLogonMethod"),
      "IFileKey", Set.of("GetPath"),
      "IUriKey", Set.of(
          "GetUrl", "GetSiteName", "GetSiteId", "UpdateFrequentlyHitTickCount", "GetConfigPath"),
      "IHttpCacheSpecificData", Set.of(
          "GetCacheKey", "ReferenceCacheData", "DereferenceCacheData", "ResetTTL", "DecrementTTL",
          "SetFlushed", "GetFlushed"),
      "IHttpTokenEntry", Set.of("GetImpersonationToken", "GetPrimaryToken", "GetSid"),
      "IHttpFileInfo", Set.of(
          "GetAttributes", "GetSize", "GetFileBuffer", "GetFileHandle", "GetFilePath", "GetETag",
          "GetLastModifiedTime", "GetLastModifiedString", "GetHttpCacheAllowed", "AccessCheck",
          "GetVrToken", "GetVrPath", "GetModuleContextContainer", "CheckIfFileHasChanged"));

  /** The methods that are not one IIS call. */
  private static final Set<String> NOT_IIS_CALLS =
      Set.of("log", "httpCacheKeyKind", "httpCacheSpecificDataKind");

  @Test
  void everyIisCallIsNamedAfterExactlyOneReferenceMethod() {
    List<String> unmapped = new ArrayList<>();
    for (Method method : NativeAccess.class.getDeclaredMethods()) {
      String name = method.getName();
      if (NOT_IIS_CALLS.contains(name)) {
        continue;
      }
      List<String> matches = new ArrayList<>();
      REFERENCE.forEach((iface, methods) -> {
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
  void iisCallsTakeOnePointer() {
    for (Method method : NativeAccess.class.getDeclaredMethods()) {
      if (method.getName().equals("log")) {
        assertThat(method.getParameterTypes()).asList().containsExactly(int.class, String.class).inOrder();
      } else {
        assertWithMessage(method.getName())
            .that(method.getParameterTypes()).asList().containsExactly(long.class);
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
