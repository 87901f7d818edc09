package org.jiis;

import org.jiis.event.CustomNotificationProvider;

/**
 * Receives {@link GlobalEvent#CUSTOM_NOTIFICATION}: a module raises a custom notification
 * ({@code CGlobalModule::OnGlobalCustomNotification}).
 */
public interface CustomNotificationListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onCustomNotification(CustomNotificationProvider provider);
}
