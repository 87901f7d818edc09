package org.jiis;

import org.jiis.event.StopListeningProvider;

/**
 * Receives {@link GlobalEvent#STOP_LISTENING}: the worker process stops accepting new requests
 * ({@code CGlobalModule::OnGlobalStopListening}).
 */
public interface StopListeningListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onStopListening(StopListeningProvider provider);
}
