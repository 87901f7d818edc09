package org.jiis.testkit.fakes;

import org.jiis.event.StopListeningProvider;

/** A fake {@link StopListeningProvider}: what a {@code StopListeningListener} receives. */
public final class FakeStopListeningProvider extends FakeEventProvider implements StopListeningProvider {

  private final boolean drainRequestsGracefully;

  private FakeStopListeningProvider(boolean drainRequestsGracefully) {
    this.drainRequestsGracefully = drainRequestsGracefully;
  }

  /** A provider usable on the current thread until {@link #endCallback()}. */
  public static FakeStopListeningProvider of(boolean drainRequestsGracefully) {
    return new FakeStopListeningProvider(drainRequestsGracefully);
  }

  @Override
  public boolean drainRequestsGracefully() {
    check();
    return drainRequestsGracefully;
  }

  @Override
  String typeName() {
    return "StopListeningProvider";
  }
}
