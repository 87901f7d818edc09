package org.jiis.internal;

import java.util.function.Function;
import java.util.function.Supplier;
import org.jiis.GlobalNotificationStatus;
import org.jiis.ModuleContext;
import org.jiis.cache.CacheProvider;

/** A dispatcher whose hooks run whatever the test sets, as the generated one runs the module's. */
public final class TestDispatcher extends ModuleDispatcher {

  static final String NAME = "TestModule";

  final ModuleContext context;
  volatile Function<CacheProvider, GlobalNotificationStatus> cacheOperation =
      provider -> GlobalNotificationStatus.CONTINUE;
  volatile Supplier<GlobalNotificationStatus> cacheCleanup = () -> GlobalNotificationStatus.CONTINUE;
  volatile Runnable terminate = () -> {};
  int cacheOperationCalls;
  int cacheCleanupCalls;
  int terminateCalls;

  public TestDispatcher(ModuleContext context) {
    this.context = context;
  }

  /** Starts a module around a {@code TestDispatcher} and returns it. */
  static NativeModule start(FakeNatives natives) {
    return NativeModule.start(NAME, TestDispatcher.class.getName(), natives, false);
  }

  static TestDispatcher of(NativeModule module) {
    return (TestDispatcher) module.dispatcher();
  }

  @Override
  public String moduleName() {
    return NAME;
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    cacheOperationCalls++;
    return cacheOperation.apply(provider);
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    cacheCleanupCalls++;
    return cacheCleanup.get();
  }

  @Override
  public void onTerminate() {
    terminateCalls++;
    terminate.run();
  }
}
