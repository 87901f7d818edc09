package org.jiis.testkit.fakes;

import org.jiis.event.ThreadCleanupProvider;

/**
 * A fake {@link ThreadCleanupProvider}: what a {@code ThreadCleanupListener} receives.
 * {@link #endCallback()} also ends its application.
 */
public final class FakeThreadCleanupProvider extends FakeApplicationEventProvider implements ThreadCleanupProvider {

  private FakeThreadCleanupProvider(FakeApplication application) {
    super(application);
  }

  /**
   * A provider usable on the current thread until {@link #endCallback()}.
   *
   * @param application {@code GetApplication}, or null when IIS passes none
   */
  public static FakeThreadCleanupProvider of(FakeApplication application) {
    return new FakeThreadCleanupProvider(application);
  }

  @Override
  String typeName() {
    return "ThreadCleanupProvider";
  }
}
