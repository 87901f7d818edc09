package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.concurrent.atomic.AtomicReference;
import org.jiis.IisServer;
import org.jiis.internal.FakeNatives.Server;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** {@code ModuleContext.server()}: the IHttpServer services, from any thread while the module runs. */
class IisServerTest {

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);
  private final IisServer server = TestDispatcher.of(module).context.server();
  private final Server iisServer = (Server) natives.object(natives.server);

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  @Test
  void readsTheServerVersionAppPoolAndLaunchMode() {
    iisServer.appPoolName = "Pool \u00e9";
    iisServer.commandLineLaunch = false;

    assertThat(server.serverVersion()).isEqualTo(FakeNatives.SERVER_VERSION);
    assertThat(server.appPoolName()).isEqualTo("Pool \u00e9");
    assertThat(server.isCommandLineLaunch()).isFalse();
  }

  @Test
  void reportsUnhealthyAndRecyclesFromAnyThread() throws Exception {
    Thread worker = new Thread(() -> {
      server.reportUnhealthy("database unreachable", 0x80004005);
      server.recycleProcess("memory above limit");
    }, "module timer");
    worker.start();
    worker.join();

    assertThat(iisServer.calls).containsExactly(
        "ReportUnhealthy(database unreachable, 0x80004005)", "RecycleProcess(memory above limit)")
        .inOrder();
  }

  @Test
  void reasonsAreRequired() {
    assertThrows(NullPointerException.class, () -> server.reportUnhealthy(null, 1));
    assertThrows(NullPointerException.class, () -> server.recycleProcess(null));
    assertThat(iisServer.calls).isEmpty();
  }

  @Test
  void afterTerminateOnlyTheVersionIsAvailable() {
    module.terminate();

    assertThat(server.serverVersion()).isEqualTo(FakeNatives.SERVER_VERSION);
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> server.recycleProcess("late"));
    assertThat(e).hasMessageThat().isEqualTo(
        "IisServer.recycleProcess was called after IIS terminated module TestModule"
            + " (CGlobalModule::Terminate): the module is unloading and IIS takes no more calls from it.");
    assertThrows(IllegalStateException.class, server::appPoolName);
    assertThrows(IllegalStateException.class, server::isCommandLineLaunch);
    assertThrows(IllegalStateException.class, () -> server.reportUnhealthy("late", 1));
    assertThat(iisServer.calls).isEmpty();
  }

  @Test
  void withoutAnIHttpServerEveryIisCallSaysSo() {
    NativeModule serverless = NativeModule.start(TestDispatcher.NAME, TestDispatcher.class.getName(),
        natives, false, 0, 8, FakeNatives.MODULE_ID);
    IisServer none = TestDispatcher.of(serverless).context.server();

    assertThat(none.serverVersion()).isEqualTo(8);
    IllegalStateException e = assertThrows(IllegalStateException.class, none::appPoolName);
    assertThat(e).hasMessageThat().isEqualTo(
        "IisServer.appPoolName cannot reach IIS: the host passed module TestModule no IHttpServer in"
            + " RegisterModule.");
  }

  @Test
  void theModuleConstructorCanUseTheServer() {
    AtomicReference<String> pool = new AtomicReference<>();
    ServerReadingDispatcher.seen = pool;

    NativeModule.start("Reader", ServerReadingDispatcher.class.getName(), natives, false, natives.server,
        FakeNatives.SERVER_VERSION, FakeNatives.MODULE_ID);

    assertThat(pool.get()).isEqualTo("DefaultAppPool");
  }

  /** Reads the app pool name in its constructor, as a module may. */
  public static final class ServerReadingDispatcher extends ModuleDispatcher {
    static AtomicReference<String> seen;

    public ServerReadingDispatcher(org.jiis.ModuleContext context) {
      seen.set(context.server().appPoolName());
    }

    @Override
    public String moduleName() {
      return "Reader";
    }
  }
}
