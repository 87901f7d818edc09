package org.jiis.testkit.fakes;

import org.jiis.event.Application;

/** The fakes of providers that carry an application: {@link #endCallback()} also ends it. */
abstract class FakeApplicationEventProvider extends FakeEventProvider {

  private final FakeApplication application;

  FakeApplicationEventProvider(FakeApplication application) {
    this.application = application;
  }

  /** {@code GetApplication}. */
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
}
