package org.jiis.testkit.fakes;

import java.util.Objects;
import org.jiis.ModuleContext;

/**
 * A {@link ModuleContext} for constructing a module in a plain Java test; its log records every
 * entry and its {@link FakeIisServer} every request to IIS.
 *
 * <pre>{@code
 * FakeModuleContext context = FakeModuleContext.builder().debugEnabled(true).build();
 * MyModule module = new MyModule(context);
 * ...
 * assertThat(context.eventLog().messages()).containsExactly("...");
 * assertThat(context.server().requests()).isEmpty();
 * }</pre>
 */
public final class FakeModuleContext implements ModuleContext {

  /** The module name of a context built without {@code moduleName(...)}. */
  public static final String DEFAULT_MODULE_NAME = "TestModule";

  private final String moduleName;
  private final boolean debugEnabled;
  private final RecordingEventLog eventLog = new RecordingEventLog();
  private final FakeIisServer server;

  private FakeModuleContext(String moduleName, boolean debugEnabled, FakeIisServer server) {
    this.moduleName = moduleName;
    this.debugEnabled = debugEnabled;
    this.server = server;
  }

  /**
   * A builder for module {@value #DEFAULT_MODULE_NAME} with debug off and a default
   * {@link FakeIisServer}, unless set.
   */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public String moduleName() {
    return moduleName;
  }

  @Override
  public boolean debugEnabled() {
    return debugEnabled;
  }

  @Override
  public RecordingEventLog eventLog() {
    return eventLog;
  }

  @Override
  public FakeIisServer server() {
    return server;
  }

  @Override
  public String toString() {
    return "FakeModuleContext[" + moduleName + (debugEnabled ? ", debug]" : "]");
  }

  /** Builds a {@link FakeModuleContext}. */
  public static final class Builder {

    private String moduleName = DEFAULT_MODULE_NAME;
    private boolean debugEnabled;
    private FakeIisServer server;

    private Builder() {}

    /** The module's name, as {@code @GlobalModule(name = ...)} gives it. */
    public Builder moduleName(String moduleName) {
      this.moduleName = Objects.requireNonNull(moduleName, "moduleName");
      return this;
    }

    /** Whether {@code debug=true} is set in the module's settings; false unless set. */
    public Builder debugEnabled(boolean debugEnabled) {
      this.debugEnabled = debugEnabled;
      return this;
    }

    /** The IIS server services the module sees; a default {@link FakeIisServer} unless set. */
    public Builder server(FakeIisServer server) {
      this.server = Objects.requireNonNull(server, "server");
      return this;
    }

    public FakeModuleContext build() {
      return new FakeModuleContext(
          moduleName, debugEnabled, server != null ? server : FakeIisServer.builder().build());
    }
  }
}
