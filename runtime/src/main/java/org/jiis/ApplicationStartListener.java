package org.jiis;

import org.jiis.event.ApplicationProvider;

/**
 * Receives {@link GlobalEvent#APPLICATION_START}: an application starts
 * ({@code CGlobalModule::OnGlobalApplicationStart}).
 */
public interface ApplicationStartListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onApplicationStart(ApplicationProvider provider);
}
