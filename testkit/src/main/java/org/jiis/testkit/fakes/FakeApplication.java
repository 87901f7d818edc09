package org.jiis.testkit.fakes;

import org.jiis.event.Application;

/**
 * A fake {@link Application}: the IIS application an application or thread-cleanup provider hands
 * out. Like the real view it works only on the thread that built it and until its provider's
 * callback ends.
 */
public final class FakeApplication implements Application {

  /** The default physical path. */
  public static final String DEFAULT_PHYSICAL_PATH = "C:\\inetpub\\wwwroot\\";
  /** The default application id. */
  public static final String DEFAULT_APPLICATION_ID = "/LM/W3SVC/1/ROOT";
  /** The default configuration path. */
  public static final String DEFAULT_CONFIG_PATH = "MACHINE/WEBROOT/APPHOST/Default Web Site";

  private final FakeScope scope = FakeScope.callback();
  private final String physicalPath;
  private final String applicationId;
  private final String configPath;

  private FakeApplication(String physicalPath, String applicationId, String configPath) {
    this.physicalPath = physicalPath;
    this.applicationId = applicationId;
    this.configPath = configPath;
  }

  /** A builder for the root application of the Default Web Site, unless set. */
  public static Builder builder() {
    return new Builder();
  }

  /** Ends the callback that received this application: from now on every method throws. */
  public void endCallback() {
    scope.end();
  }

  @Override
  public String physicalPath() {
    check();
    return physicalPath;
  }

  @Override
  public String applicationId() {
    check();
    return applicationId;
  }

  @Override
  public String configPath() {
    check();
    return configPath;
  }

  private void check() {
    scope.check("Application", FakeScope.COPY_THE_VALUES);
  }

  @Override
  public String toString() {
    return "FakeApplication[" + applicationId + "]";
  }

  /** Builds a {@link FakeApplication}. */
  public static final class Builder {

    private String physicalPath = DEFAULT_PHYSICAL_PATH;
    private String applicationId = DEFAULT_APPLICATION_ID;
    private String configPath = DEFAULT_CONFIG_PATH;

    private Builder() {}

    /** {@code GetApplicationPhysicalPath}; may be null. */
    public Builder physicalPath(String physicalPath) {
      this.physicalPath = physicalPath;
      return this;
    }

    /** {@code GetApplicationId}; may be null. */
    public Builder applicationId(String applicationId) {
      this.applicationId = applicationId;
      return this;
    }

    /** {@code GetAppConfigPath}; may be null. */
    public Builder configPath(String configPath) {
      this.configPath = configPath;
      return this;
    }

    /** An application usable on the current thread until its provider's callback ends. */
    public FakeApplication build() {
      return new FakeApplication(physicalPath, applicationId, configPath);
    }
  }
}
