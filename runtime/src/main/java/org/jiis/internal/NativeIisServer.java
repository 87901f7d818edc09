package org.jiis.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jiis.IisServer;

/**
 * {@link IisServer} over the {@code IHttpServer*} IIS passed to {@code RegisterModule}. IIS keeps
 * that object for the whole worker process, so any thread may use it while the module runs; once
 * the module is terminated every IIS call is refused.
 */
final class NativeIisServer implements IisServer {

  private final NativeAccess natives;
  private final String moduleName;
  private final long server;
  private final int serverVersion;
  private final AtomicBoolean terminated;

  /**
   * @param server the {@code IHttpServer*}; 0 when the host passed none, which makes every IIS
   *     call fail with a message saying so
   * @param terminated set once the module is terminated
   */
  NativeIisServer(
      NativeAccess natives, String moduleName, long server, int serverVersion,
      AtomicBoolean terminated) {
    this.natives = natives;
    this.moduleName = moduleName;
    this.server = server;
    this.serverVersion = serverVersion;
    this.terminated = terminated;
  }

  @Override
  public int serverVersion() {
    return serverVersion;
  }

  @Override
  public String appPoolName() {
    return natives.httpServerGetAppPoolName(live("appPoolName"));
  }

  @Override
  public boolean isCommandLineLaunch() {
    return natives.httpServerIsCommandLineLaunch(live("isCommandLineLaunch"));
  }

  @Override
  public void reportUnhealthy(String reason, int hresult) {
    Objects.requireNonNull(reason, "reason");
    natives.httpServerReportUnhealthy(live("reportUnhealthy"), reason, hresult);
  }

  @Override
  public void recycleProcess(String reason) {
    Objects.requireNonNull(reason, "reason");
    natives.httpServerRecycleProcess(live("recycleProcess"), reason);
  }

  /** The server pointer, when IIS may be called for {@code method}. */
  private long live(String method) {
    if (terminated.get()) {
      throw new IllegalStateException(
          "IisServer." + method + " was called after IIS terminated module " + moduleName
              + " (CGlobalModule::Terminate): the module is unloading and IIS takes no more calls"
              + " from it.");
    }
    if (server == 0) {
      throw new IllegalStateException(
          "IisServer." + method + " cannot reach IIS: the host passed module " + moduleName
              + " no IHttpServer in RegisterModule.");
    }
    return server;
  }

  @Override
  public String toString() {
    return "IisServer[version " + serverVersion + "]";
  }
}
