package org.jiis.event;

/** A view of {@code IGlobalTraceEventProvider}. */
public interface TraceEventProvider extends EventProvider {

  /**
   * {@code GetTraceEvent}: a copy of the event, which stays valid after the callback.
   *
   * @throws org.jiis.IisException if IIS returns a failing {@code HRESULT}
   */
  TraceEvent traceEvent();

  /** {@code CheckSubscription} with this module's id: whether the module subscribed to the event. */
  boolean isSubscribed();
}
