package org.jiis.testkit.fakes;

import org.jiis.event.ConfigurationChangeProvider;

/** A fake {@link ConfigurationChangeProvider}: what a {@code ConfigurationChangeListener} receives. */
public final class FakeConfigurationChangeProvider extends FakeEventProvider
    implements ConfigurationChangeProvider {

  private final String changePath;

  private FakeConfigurationChangeProvider(String changePath) {
    this.changePath = changePath;
  }

  /**
   * A provider usable on the current thread until {@link #endCallback()}.
   *
   * @param changePath {@code GetChangePath}, for example {@code MACHINE/WEBROOT/APPHOST}; may be null
   */
  public static FakeConfigurationChangeProvider of(String changePath) {
    return new FakeConfigurationChangeProvider(changePath);
  }

  @Override
  public String changePath() {
    check();
    return changePath;
  }

  @Override
  String typeName() {
    return "ConfigurationChangeProvider";
  }
}
