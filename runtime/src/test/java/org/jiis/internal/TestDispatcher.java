package org.jiis.internal;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.ModuleContext;
import org.jiis.cache.CacheProvider;
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

/** A dispatcher whose hooks run whatever the test sets, as the generated one runs the module's. */
public final class TestDispatcher extends ModuleDispatcher {

  static final String NAME = "TestModule";

  /** One hook call of the notifications other than the cache ones. */
  record Call(GlobalEvent event, Object provider) {}

  final ModuleContext context;
  volatile Function<CacheProvider, GlobalNotificationStatus> cacheOperation =
      provider -> GlobalNotificationStatus.CONTINUE;
  volatile Supplier<GlobalNotificationStatus> cacheCleanup = () -> GlobalNotificationStatus.CONTINUE;
  /** Runs for every hook but the two cache ones; gets the provider, or null for HEALTH_CHECK. */
  volatile Function<Call, GlobalNotificationStatus> event = call -> GlobalNotificationStatus.CONTINUE;
  volatile Runnable terminate = () -> {};
  int cacheOperationCalls;
  int cacheCleanupCalls;
  int terminateCalls;
  final List<Call> calls = new CopyOnWriteArrayList<>();

  public TestDispatcher(ModuleContext context) {
    this.context = context;
  }

  /** Starts a module around a {@code TestDispatcher} and returns it. */
  static NativeModule start(FakeNatives natives) {
    return NativeModule.start(NAME, TestDispatcher.class.getName(), natives, false, natives.server,
        FakeNatives.SERVER_VERSION, FakeNatives.MODULE_ID);
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

  private GlobalNotificationStatus handle(GlobalEvent kind, Object provider) {
    Call call = new Call(kind, provider);
    calls.add(call);
    return event.apply(call);
  }

  @Override
  public GlobalNotificationStatus onStopListening(StopListeningProvider provider) {
    return handle(GlobalEvent.STOP_LISTENING, provider);
  }

  @Override
  public GlobalNotificationStatus onHealthCheck() {
    return handle(GlobalEvent.HEALTH_CHECK, null);
  }

  @Override
  public GlobalNotificationStatus onConfigurationChange(ConfigurationChangeProvider provider) {
    return handle(GlobalEvent.CONFIGURATION_CHANGE, provider);
  }

  @Override
  public GlobalNotificationStatus onFileChange(FileChangeProvider provider) {
    return handle(GlobalEvent.FILE_CHANGE, provider);
  }

  @Override
  public GlobalNotificationStatus onPreBeginRequest(PreBeginRequestProvider provider) {
    return handle(GlobalEvent.PRE_BEGIN_REQUEST, provider);
  }

  @Override
  public GlobalNotificationStatus onApplicationStart(ApplicationProvider provider) {
    return handle(GlobalEvent.APPLICATION_START, provider);
  }

  @Override
  public GlobalNotificationStatus onApplicationResolveModules(ApplicationResolveModulesProvider provider) {
    return handle(GlobalEvent.APPLICATION_RESOLVE_MODULES, provider);
  }

  @Override
  public GlobalNotificationStatus onApplicationStop(ApplicationProvider provider) {
    return handle(GlobalEvent.APPLICATION_STOP, provider);
  }

  @Override
  public GlobalNotificationStatus onRscaQuery(RscaQueryProvider provider) {
    return handle(GlobalEvent.RSCA_QUERY, provider);
  }

  @Override
  public GlobalNotificationStatus onTraceEvent(TraceEventProvider provider) {
    return handle(GlobalEvent.TRACE_EVENT, provider);
  }

  @Override
  public GlobalNotificationStatus onCustomNotification(CustomNotificationProvider provider) {
    return handle(GlobalEvent.CUSTOM_NOTIFICATION, provider);
  }

  @Override
  public GlobalNotificationStatus onThreadCleanup(ThreadCleanupProvider provider) {
    return handle(GlobalEvent.THREAD_CLEANUP, provider);
  }

  @Override
  public GlobalNotificationStatus onApplicationPreload(ApplicationPreloadProvider provider) {
    return handle(GlobalEvent.APPLICATION_PRELOAD, provider);
  }

  @Override
  public GlobalNotificationStatus onSuspendProcess(SuspendProcessProvider provider) {
    return handle(GlobalEvent.SUSPEND_PROCESS, provider);
  }

  @Override
  public void onTerminate() {
    terminateCalls++;
    terminate.run();
  }
}
