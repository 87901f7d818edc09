package org.jiis;

import org.jiis.event.TraceEventProvider;

/**
 * Receives {@link GlobalEvent#TRACE_EVENT}: a trace event is raised
 * ({@code CGlobalModule::OnGlobalTraceEvent}).
 */
public interface TraceEventListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onTraceEvent(TraceEventProvider provider);
}
