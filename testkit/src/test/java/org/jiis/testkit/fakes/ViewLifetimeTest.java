package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.FileInfo;
import org.jiis.cache.FileKey;
import org.jiis.cache.TokenEntry;
import org.jiis.cache.TokenKey;
import org.jiis.cache.UriKey;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of every fake view obeys the lifetime of the real views: usable during the
 * callback on its thread, never after the callback ended, never on another thread.
 */
class ViewLifetimeTest {

  /** A fake view, the API interface it stands for, the runtime's type name, and how to end it. */
  record Fake(Object view, Class<?> api, String typeName, Runnable end) {
    @Override
    public String toString() {
      return api.getSimpleName();
    }
  }

  static Stream<Arguments> fakes() {
    FakeTokenKey tokenKey = FakeTokenKey.builder().build();
    FakeFileKey fileKey = FakeFileKey.builder().build();
    FakeUriKey uriKey = FakeUriKey.builder().build();
    FakeCacheKey otherKey = FakeCacheKey.builder("MY_CACHE").build();
    FakeTokenEntry tokenEntry = FakeTokenEntry.builder().build();
    FakeFileInfo fileInfo = FakeFileInfo.builder().build();
    FakeCacheRecord plainRecord = FakeCacheRecord.builder().build();
    FakeCacheProvider provider =
        FakeCacheProvider.builder().record(FakeTokenEntry.builder().build()).build();
    return Stream.of(
        new Fake(tokenKey, TokenKey.class, "TokenKey", tokenKey::endCallback),
        new Fake(fileKey, FileKey.class, "FileKey", fileKey::endCallback),
        new Fake(uriKey, UriKey.class, "UriKey", uriKey::endCallback),
        new Fake(otherKey, CacheKey.class, "CacheKey", otherKey::endCallback),
        new Fake(tokenEntry, TokenEntry.class, "TokenEntry", tokenEntry::endCallback),
        new Fake(fileInfo, FileInfo.class, "FileInfo", fileInfo::endCallback),
        new Fake(plainRecord, CacheRecord.class, "CacheRecord", plainRecord::endCallback),
        new Fake(provider, CacheProvider.class, "CacheProvider", provider::endCallback))
        .map(Arguments::of);
  }

  @ParameterizedTest
  @MethodSource("fakes")
  void everyMethodWorksDuringTheCallback(Fake fake) throws Exception {
    for (Method method : apiMethods(fake.api())) {
      method.invoke(fake.view(), neutralArguments(method));
    }
  }

  @ParameterizedTest
  @MethodSource("fakes")
  void everyMethodThrowsAfterTheCallbackEnded(Fake fake) {
    fake.end().run();
    for (Method method : apiMethods(fake.api())) {
      IllegalStateException e = invokeExpectingIllegalState(fake.view(), method);
      assertThat(e).hasMessageThat().isEqualTo("This " + fake.typeName() + " view was used after"
          + " its callback returned; it is valid only during the callback that received it."
          + " To keep a cache record, call CacheRecord.retain() during the callback and use"
          + " RetainedRecord.record() until you close the RetainedRecord.");
    }
  }

  @ParameterizedTest
  @MethodSource("fakes")
  void everyMethodThrowsOnAnotherThread(Fake fake) throws Exception {
    String callbackThread = Thread.currentThread().getName();
    List<IllegalStateException> failures = CompletableFuture.supplyAsync(() -> {
      List<IllegalStateException> thrown = new ArrayList<>();
      for (Method method : apiMethods(fake.api())) {
        thrown.add(invokeExpectingIllegalState(fake.view(), method));
      }
      return thrown;
    }).get();

    assertThat(failures).hasSize(apiMethods(fake.api()).size());
    for (IllegalStateException e : failures) {
      assertThat(e).hasMessageThat().contains("This " + fake.typeName() + " view was used on"
          + " thread \"");
      assertThat(e).hasMessageThat().contains("on that callback's thread (\"" + callbackThread
          + "\")");
    }
  }

  /** The methods the API interface declares or inherits. */
  static List<Method> apiMethods(Class<?> api) {
    List<Method> methods = List.of(api.getMethods());
    assertThat(methods).isNotEmpty();
    return methods;
  }

  /** Arguments any view method accepts: zero, or for a reference a value of its type. */
  static Object[] neutralArguments(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      arguments[i] = NEUTRAL.get(types[i]);
      if (arguments[i] == null) {
        throw new AssertionError("no neutral argument of " + types[i] + " for " + method);
      }
    }
    return arguments;
  }

  private static final java.util.Map<Class<?>, Object> NEUTRAL = java.util.Map.of(
      int.class, 0, boolean.class, false, String.class, "x", byte[].class, new byte[0],
      Runnable.class, (Runnable) () -> {}, org.jiis.Priority.class, org.jiis.Priority.MEDIUM);

  static IllegalStateException invokeExpectingIllegalState(Object view, Method method) {
    InvocationTargetException e =
        assertThrows(InvocationTargetException.class, () -> method.invoke(view, neutralArguments(method)),
            () -> method.getName() + " did not throw");
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
    return (IllegalStateException) e.getCause();
  }
}
