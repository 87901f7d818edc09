package org.jiis.testkit.fakes;

import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jiis.IisServer;

/**
 * A fake {@link IisServer} that answers what its builder set and records every request a module
 * makes ({@code ReportUnhealthy}, {@code RecycleProcess}). Safe to use from any thread, like the
 * real one; {@link #terminate()} makes it refuse IIS calls as the real one does once IIS
 * terminated the module.
 *
 * <pre>{@code
 * FakeIisServer server = FakeIisServer.builder().appPoolName("Shop").build();
 * FakeModuleContext context = FakeModuleContext.builder().server(server).build();
 * ...
 * assertThat(server.requests()).containsExactly(new FakeIisServer.Request.Recycle("memory"));
 * }</pre>
 */
public final class FakeIisServer implements IisServer {

  /** What a module asked IIS to do to its worker process. */
  public sealed interface Request {
    /** {@code ReportUnhealthy(reason, hresult)}. */
    record ReportUnhealthy(String reason, int hresult) implements Request {}

    /** {@code RecycleProcess(reason)}. */
    record Recycle(String reason) implements Request {}
  }

  private final int serverVersion;
  private final String appPoolName;
  private final boolean commandLineLaunch;
  private final List<Request> requests = new CopyOnWriteArrayList<>();
  private volatile boolean terminated;

  private FakeIisServer(int serverVersion, String appPoolName, boolean commandLineLaunch) {
    this.serverVersion = serverVersion;
    this.appPoolName = appPoolName;
    this.commandLineLaunch = commandLineLaunch;
  }

  /** A builder for IIS 10, application pool {@code DefaultAppPool}, command-line launch, unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Every {@code ReportUnhealthy} and {@code RecycleProcess} so far, oldest first (a snapshot). */
  public List<Request> requests() {
    return List.copyOf(requests);
  }

  /**
   * Does what IIS terminating the module does to the real server: from now on every method but
   * {@link #serverVersion()} throws {@link IllegalStateException}.
   */
  public void terminate() {
    terminated = true;
  }

  @Override
  public int serverVersion() {
    return serverVersion;
  }

  @Override
  public String appPoolName() {
    check("appPoolName");
    return appPoolName;
  }

  @Override
  public boolean isCommandLineLaunch() {
    check("isCommandLineLaunch");
    return commandLineLaunch;
  }

  @Override
  public void reportUnhealthy(String reason, int hresult) {
    Objects.requireNonNull(reason, "reason");
    check("reportUnhealthy");
    requests.add(new Request.ReportUnhealthy(reason, hresult));
  }

  @Override
  public void recycleProcess(String reason) {
    Objects.requireNonNull(reason, "reason");
    check("recycleProcess");
    requests.add(new Request.Recycle(reason));
  }

  private void check(String method) {
    if (terminated) {
      throw new IllegalStateException(
          "IisServer." + method + " was called after IIS terminated the module"
              + " (CGlobalModule::Terminate): the module is unloading and IIS takes no more calls"
              + " from it.");
    }
  }

  @Override
  public String toString() {
    return "FakeIisServer[version " + serverVersion + ", " + appPoolName + "]";
  }

  /** Builds a {@link FakeIisServer}. */
  public static final class Builder {

    private int serverVersion = 10;
    private String appPoolName = "DefaultAppPool";
    private boolean commandLineLaunch = true;

    private Builder() {}

    /** The {@code dwServerVersion} of {@code RegisterModule}; 10 unless set. */
    public Builder serverVersion(int serverVersion) {
      this.serverVersion = serverVersion;
      return this;
    }

    /** {@code GetAppPoolName}; {@code DefaultAppPool} unless set. */
    public Builder appPoolName(String appPoolName) {
      this.appPoolName = Objects.requireNonNull(appPoolName, "appPoolName");
      return this;
    }

    /** {@code IsCommandLineLaunch}; true unless set. */
    public Builder commandLineLaunch(boolean commandLineLaunch) {
      this.commandLineLaunch = commandLineLaunch;
      return this;
    }

    public FakeIisServer build() {
      return new FakeIisServer(serverVersion, appPoolName, commandLineLaunch);
    }
  }
}
