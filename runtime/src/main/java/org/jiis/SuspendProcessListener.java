package org.jiis;

import org.jiis.event.SuspendProcessProvider;

/**
 * Receives {@link GlobalEvent#SUSPEND_PROCESS}: the worker process is about to be suspended
 * ({@code CGlobalModule::OnSuspendProcess}).
 */
public interface SuspendProcessListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onSuspendProcess(SuspendProcessProvider provider);
}
