package org.jiis.testkit.fakes;

import java.util.Objects;
import org.jiis.ModuleContext;

/**
 * A {@link ModuleContext} for constructing a module in a plain Java test; its log records every
 * entry.
 *
 * <pre>{@code
 * FakeModuleContext context = FakeModuleContext.builder().debugEnabled(true).build();
 * MyModule module = new MyModule(context);
 * ...
 * assertThat(context.eventLog().messages()).containsExactly("...");
 * }</pre>
 */
public final class FakeModuleContext implements ModuleContext {

  /** The module name of a context built without {@code moduleName(...)}. */
  public static final String DEFAULT_MODULE_NAME = "TestModule";

  private final String moduleName;
  private final boolean debugEnabled;
  private final RecordingEventLog eventLog = new RecordingEventLog();

  private FakeModuleContext(String moduleName, boolean debugEnabled) {
    this.moduleName = moduleName;
    this.debugEnabled = debugEnabled;
  }

  /** A builder for module {@value #DEFAULT_MODULE_NAME} with debug off, unless set. */
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
  public String toString() {
    return "FakeModuleContext[" + moduleName + (debugEnabled ? ", debug]" : "]");
  }

  /** Builds a {@link FakeModuleContext}. */
  public static final class Builder {

    private String moduleName = DEFAULT_MODULE_NAME;
    private boolean debugEnabled;

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

    public FakeModuleContext build() {
      return new FakeModuleContext(moduleName, debugEnabled);
    }
  }
}
