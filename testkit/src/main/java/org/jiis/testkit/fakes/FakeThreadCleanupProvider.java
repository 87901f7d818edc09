package org.jiis.testkit.fakes;

import org.jiis.event.Application;
import org.jiis.event.ThreadCleanupProvider;

/**
 * A fake {@link ThreadCleanupProvider}: what a {@code ThreadCleanupListener} receives.
 * {@link #endCallback()} also ends its application.
 */
public final class FakeThreadCleanupProvider extends FakeEventProvider implements ThreadCleanupProvider {

  private final FakeApplication application;

  private FakeThreadCleanupProvider(FakeApplication application) {
    this.application = application;
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
  public Application application() {
    check();
    return application;
  }

  @Override
  void endChildren() {
    if (application != null) {
      application.endCallback();
    }
  }

  @Override
  String typeName() {
    return "ThreadCleanupProvider";
  }
}
