package org.jiis;

import org.jiis.event.ThreadCleanupProvider;

/**
 * Receives {@link GlobalEvent#THREAD_CLEANUP}: a worker thread returns to the thread pool
 * ({@code CGlobalModule::OnGlobalThreadCleanup}).
 */
public interface ThreadCleanupListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onThreadCleanup(ThreadCleanupProvider provider);
}
