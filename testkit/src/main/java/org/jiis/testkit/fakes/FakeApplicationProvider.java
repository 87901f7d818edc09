package org.jiis.testkit.fakes;

import org.jiis.event.ApplicationProvider;

/**
 * A fake {@link ApplicationProvider}: what an {@code ApplicationStartListener} or
 * {@code ApplicationStopListener} receives. {@link #endCallback()} also ends its application.
 */
public final class FakeApplicationProvider extends FakeApplicationEventProvider implements ApplicationProvider {

  private FakeApplicationProvider(FakeApplication application) {
    super(application);
  }

  /**
   * A provider usable on the current thread until {@link #endCallback()}.
   *
   * @param application {@code GetApplication}, or null when IIS passes none
   */
  public static FakeApplicationProvider of(FakeApplication application) {
    return new FakeApplicationProvider(application);
  }

  @Override
  String typeName() {
    return "ApplicationProvider";
  }
}
