package org.jiis.testkit.fakes;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Stream;
import org.jiis.Priority;
import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.FileInfo;
import org.jiis.cache.FileKey;
import org.jiis.cache.TokenEntry;
import org.jiis.cache.TokenKey;
import org.jiis.cache.UriKey;
import org.jiis.event.Application;
import org.jiis.event.ApplicationPreloadProvider;
import org.jiis.event.ApplicationProvider;
import org.jiis.event.ApplicationResolveModulesProvider;
import org.jiis.event.ConfigurationChangeProvider;
import org.jiis.event.CustomNotificationProvider;
import org.jiis.event.FileChangeProvider;
import org.jiis.event.PreBeginRequestProvider;
import org.jiis.event.RscaQueryProvider;
import org.jiis.event.StopListeningProvider;
import org.jiis.event.SuspendProcessProvider;
import org.jiis.event.ThreadCleanupProvider;
import org.jiis.event.TraceEventProvider;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method of every fake view obeys the lifetime of the real views: usable during the
 * callback on its thread, never after the callback ended, never on another thread.
 */
class ViewLifetimeTest {

  private static final String KEEP_A_RECORD = " To keep a cache record, call CacheRecord.retain()"
      + " during the callback and use RetainedRecord.record() until you close the RetainedRecord.";
  private static final String COPY_THE_VALUES = " To use its data later, copy the values you need"
      + " (strings, numbers) during the callback.";

  /**
   * A fake view, the API interface it stands for, the runtime's type name, how to end it, and how
   * its lifetime message ends.
   */
  record Fake(Object view, Class<?> api, String typeName, Runnable end, String advice) {
    Fake(Object view, Class<?> api, String typeName, Runnable end) {
      this(view, api, typeName, end, KEEP_A_RECORD);
    }

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
    FakeApplication application = FakeApplication.builder().build();
    FakeSuspendProcessProvider suspension = FakeSuspendProcessProvider.create();
    return Stream.of(
        new Fake(tokenKey, TokenKey.class, "TokenKey", tokenKey::endCallback),
        new Fake(fileKey, FileKey.class, "FileKey", fileKey::endCallback),
        new Fake(uriKey, UriKey.class, "UriKey", uriKey::endCallback),
        new Fake(otherKey, CacheKey.class, "CacheKey", otherKey::endCallback),
        new Fake(tokenEntry, TokenEntry.class, "TokenEntry", tokenEntry::endCallback),
        new Fake(fileInfo, FileInfo.class, "FileInfo", fileInfo::endCallback),
        new Fake(plainRecord, CacheRecord.class, "CacheRecord", plainRecord::endCallback),
        new Fake(provider, CacheProvider.class, "CacheProvider", provider::endCallback),
        event(FakeStopListeningProvider.of(true), StopListeningProvider.class),
        event(FakeConfigurationChangeProvider.of("MACHINE/WEBROOT"), ConfigurationChangeProvider.class),
        event(FakeFileChangeProvider.of("C:\\site\\web.config"), FileChangeProvider.class),
        event(FakePreBeginRequestProvider.create(), PreBeginRequestProvider.class),
        event(FakeApplicationProvider.of(FakeApplication.builder().build()), ApplicationProvider.class),
        event(FakeApplicationResolveModulesProvider.of(null), ApplicationResolveModulesProvider.class),
        event(FakeRscaQueryProvider.builder().build(), RscaQueryProvider.class),
        event(FakeTraceEventProvider.of(null), TraceEventProvider.class),
        event(FakeCustomNotificationProvider.of("flush"), CustomNotificationProvider.class),
        event(FakeThreadCleanupProvider.of(null), ThreadCleanupProvider.class),
        event(FakeApplicationPreloadProvider.create(), ApplicationPreloadProvider.class),
        new Fake(application, Application.class, "Application", application::endCallback, COPY_THE_VALUES),
        new Fake(suspension, SuspendProcessProvider.class, "SuspendProcessProvider", suspension::endCallback,
            COPY_THE_VALUES))
        .map(Arguments::of);
  }

  private static Fake event(FakeEventProvider provider, Class<?> api) {
    return new Fake(provider, api, api.getSimpleName(), provider::endCallback, COPY_THE_VALUES);
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
          + fake.advice());
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

  private static final Map<Class<?>, Object> NEUTRAL = Map.of(
      int.class, 0, boolean.class, false, String.class, "x", byte[].class, new byte[0],
      Runnable.class, (Runnable) () -> {}, Priority.class, Priority.MEDIUM);

  static IllegalStateException invokeExpectingIllegalState(Object view, Method method) {
    InvocationTargetException e =
        assertThrows(InvocationTargetException.class, () -> method.invoke(view, neutralArguments(method)),
            () -> method.getName() + " did not throw");
    assertThat(e.getCause()).isInstanceOf(IllegalStateException.class);
    return (IllegalStateException) e.getCause();
  }
}
