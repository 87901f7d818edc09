package org.jiis;

import org.jiis.event.ApplicationPreloadProvider;

/**
 * Receives {@link GlobalEvent#APPLICATION_PRELOAD}: IIS preloads an application
 * ({@code CGlobalModule::OnGlobalApplicationPreload}).
 */
public interface ApplicationPreloadListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onApplicationPreload(ApplicationPreloadProvider provider);
}
