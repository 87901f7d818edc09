package org.jiis;

import org.jiis.event.ApplicationProvider;

/**
 * Receives {@link GlobalEvent#APPLICATION_STOP}: an application stops
 * ({@code CGlobalModule::OnGlobalApplicationStop}).
 */
public interface ApplicationStopListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onApplicationStop(ApplicationProvider provider);
}
