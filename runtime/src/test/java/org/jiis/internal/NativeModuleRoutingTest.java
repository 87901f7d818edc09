package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiis.GlobalNotificationStatus;
import org.jiis.ModuleContext;
import org.jiis.cache.CacheOperation;
import org.jiis.internal.FakeNatives.LogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class NativeModuleRoutingTest {

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);
  private final TestDispatcher dispatcher = TestDispatcher.of(module);

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  @Test
  void cacheOperationRoutesTheProviderAndReturnsTheStatusValue() {
    List<CacheOperation> seen = new ArrayList<>();
    dispatcher.cacheOperation = provider -> {
      seen.add(provider.operation());
      return GlobalNotificationStatus.HANDLED;
    };

    int status = natives.fire(module, natives.provider(CacheOperation.DELETE.value(), 0, 0));

    assertThat(status).isEqualTo(1);
    assertThat(seen).containsExactly(CacheOperation.DELETE);
  }

  @Test
  void cacheOperationReturnsContinueAsZero() {
    dispatcher.cacheOperation = provider -> GlobalNotificationStatus.CONTINUE;

    assertThat(natives.fire(module, natives.provider(0, 0, 0))).isEqualTo(0);
    assertThat(dispatcher.cacheOperationCalls).isEqualTo(1);
  }

  @Test
  void cacheCleanupRoutesAndReturnsTheStatusValue() {
    dispatcher.cacheCleanup = () -> GlobalNotificationStatus.HANDLED;

    assertThat(module.cacheCleanup()).isEqualTo(1);
    assertThat(dispatcher.cacheCleanupCalls).isEqualTo(1);
    assertThat(dispatcher.cacheOperationCalls).isEqualTo(0);
  }

  @Test
  void eventsRunWithTheModulesClassLoaderAsContextLoaderAndRestoreTheThreads() {
    ClassLoader workerLoader = new ClassLoader(null) {};
    List<ClassLoader> seen = new ArrayList<>();
    dispatcher.cacheOperation = provider -> {
      seen.add(Thread.currentThread().getContextClassLoader());
      return GlobalNotificationStatus.CONTINUE;
    };
    dispatcher.cacheCleanup = () -> {
      seen.add(Thread.currentThread().getContextClassLoader());
      throw new IllegalStateException("restored even when the handler throws");
    };
    Thread thread = Thread.currentThread();
    ClassLoader original = thread.getContextClassLoader();
    thread.setContextClassLoader(workerLoader);
    try {
      natives.fire(module, natives.provider(0, 0, 0));
      assertThat(thread.getContextClassLoader()).isSameInstanceAs(workerLoader);
      module.cacheCleanup();
      assertThat(thread.getContextClassLoader()).isSameInstanceAs(workerLoader);
    } finally {
      thread.setContextClassLoader(original);
    }

    assertThat(seen).containsExactly(
        TestDispatcher.class.getClassLoader(), TestDispatcher.class.getClassLoader());
  }

  @Test
  void nullStatusIsContinueAndWarnedOncePerEvent() {
    dispatcher.cacheOperation = provider -> null;
    dispatcher.cacheCleanup = () -> null;

    assertThat(natives.fire(module, natives.provider(0, 0, 0))).isEqualTo(0);
    assertThat(natives.fire(module, natives.provider(0, 0, 0))).isEqualTo(0);
    assertThat(module.cacheCleanup()).isEqualTo(0);
    assertThat(module.cacheCleanup()).isEqualTo(0);

    assertThat(natives.log())
        .containsExactly(
            new LogEntry(NativeAccess.LOG_WARNING, nullWarning("CACHE_OPERATION")),
            new LogEntry(NativeAccess.LOG_WARNING, nullWarning("CACHE_CLEANUP")))
        .inOrder();
  }

  private static String nullWarning(String event) {
    return "Module TestModule: the " + event + " handler returned null; jiis treats it as CONTINUE"
        + " (GL_NOTIFICATION_CONTINUE). Return GlobalNotificationStatus.CONTINUE explicitly. This"
        + " warning is written once.";
  }

  @Test
  void terminateCallsTheHookOnceAndLaterEventsPassThrough() {
    dispatcher.cacheOperation = provider -> GlobalNotificationStatus.HANDLED;
    dispatcher.cacheCleanup = () -> GlobalNotificationStatus.HANDLED;

    module.terminate();
    module.terminate();

    assertThat(dispatcher.terminateCalls).isEqualTo(1);
    assertThat(natives.fire(module, natives.tokenEvent("alice", null))).isEqualTo(0);
    assertThat(module.cacheCleanup()).isEqualTo(0);
    assertThat(dispatcher.cacheOperationCalls).isEqualTo(0);
    assertThat(dispatcher.cacheCleanupCalls).isEqualTo(0);
  }

  @Test
  void theModuleContextCarriesNameDebugFlagAndALogWritingThroughTheNatives() {
    NativeModule debugModule = NativeModule.start("Other", OtherModuleDispatcher.class.getName(), natives,
        true, natives.server, FakeNatives.SERVER_VERSION, FakeNatives.MODULE_ID);
    ModuleContext context = ((OtherModuleDispatcher) debugModule.dispatcher()).context;

    assertThat(context.moduleName()).isEqualTo("Other");
    assertThat(context.debugEnabled()).isTrue();
    assertThat(dispatcher.context.moduleName()).isEqualTo(TestDispatcher.NAME);
    assertThat(dispatcher.context.debugEnabled()).isFalse();

    context.eventLog().info("i");
    context.eventLog().warning("w");
    context.eventLog().error("e");
    context.eventLog().error("failed", new IllegalStateException("broken"));

    List<LogEntry> log = natives.log();
    assertThat(log.subList(0, 3))
        .containsExactly(
            new LogEntry(NativeAccess.LOG_INFO, "i"),
            new LogEntry(NativeAccess.LOG_WARNING, "w"),
            new LogEntry(NativeAccess.LOG_ERROR, "e"))
        .inOrder();
    assertThat(log.get(3).level()).isEqualTo(NativeAccess.LOG_ERROR);
    assertThat(log.get(3).message())
        .startsWith("failed" + System.lineSeparator() + "java.lang.IllegalStateException: broken"
            + System.lineSeparator() + "\tat org.jiis.internal.NativeModuleRoutingTest.");
  }

  /** A second module's dispatcher, to start a module with another name and debug on. */
  public static final class OtherModuleDispatcher extends ModuleDispatcher {
    final ModuleContext context;

    public OtherModuleDispatcher(ModuleContext context) {
      this.context = context;
    }

    @Override
    public String moduleName() {
      return "Other";
    }
  }
}
