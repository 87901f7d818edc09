package org.jiis;

/**
 * The {@code IHttpServer} services a global module uses, from {@link ModuleContext#server()}.
 * Usable from any thread once the module's constructor runs, until IIS terminates the module
 * ({@code CGlobalModule::Terminate}); after that every method but {@link #serverVersion()} throws
 * {@link IllegalStateException}.
 */
public interface IisServer {

  /** The {@code dwServerVersion} IIS passed to {@code RegisterModule}: 7, 8, 10... */
  int serverVersion();

  /** {@code GetAppPoolName}: the application pool of this worker process. */
  String appPoolName();

  /** {@code IsCommandLineLaunch}. */
  boolean isCommandLineLaunch();

  /**
   * {@code ReportUnhealthy}: asks IIS to fail this worker process, which the Windows Process
   * Activation Service then replaces.
   *
   * @param reason why, shown in the IIS logs
   * @param hresult the failing {@code HRESULT} behind it
   */
  void reportUnhealthy(String reason, int hresult);

  /** {@code RecycleProcess}: asks IIS to recycle this worker process. */
  void recycleProcess(String reason);
}
