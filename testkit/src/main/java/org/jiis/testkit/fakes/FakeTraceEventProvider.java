package org.jiis.testkit.fakes;

import org.jiis.IisException;
import org.jiis.event.TraceEvent;
import org.jiis.event.TraceEventProvider;

/** A fake {@link TraceEventProvider}: what a {@code TraceEventListener} receives. */
public final class FakeTraceEventProvider extends FakeEventProvider implements TraceEventProvider {

  private final TraceEvent event;
  private final boolean subscribed;
  private final int failure;

  private FakeTraceEventProvider(TraceEvent event, boolean subscribed, int failure) {
    this.event = event;
    this.subscribed = subscribed;
    this.failure = failure;
  }

  /**
   * A provider of {@code event} (null when IIS passes none) to a module that subscribed to it,
   * usable on the current thread until {@link #endCallback()}.
   */
  public static FakeTraceEventProvider of(TraceEvent event) {
    return new FakeTraceEventProvider(event, true, 0);
  }

  /** A provider of {@code event} whose {@code CheckSubscription} answers {@code subscribed}. */
  public static FakeTraceEventProvider of(TraceEvent event, boolean subscribed) {
    return new FakeTraceEventProvider(event, subscribed, 0);
  }

  /**
   * A provider whose {@code GetTraceEvent} fails with {@code hresult}, so {@link #traceEvent()}
   * throws the {@link IisException} the runtime would.
   */
  public static FakeTraceEventProvider failingWith(int hresult) {
    if (hresult >= 0) {
      throw new IllegalArgumentException("a failing HRESULT is negative, not 0x" + Integer.toHexString(hresult));
    }
    return new FakeTraceEventProvider(null, true, hresult);
  }

  @Override
  public TraceEvent traceEvent() {
    check();
    if (failure < 0) {
      throw new IisException("IGlobalTraceEventProvider::GetTraceEvent", failure);
    }
    return event;
  }

  @Override
  public boolean isSubscribed() {
    check();
    return subscribed;
  }

  @Override
  String typeName() {
    return "TraceEventProvider";
  }
}
