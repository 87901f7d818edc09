package org.jiis;

import org.jiis.event.PreBeginRequestProvider;

/**
 * Receives {@link GlobalEvent#PRE_BEGIN_REQUEST}: a request is about to enter the pipeline
 * ({@code CGlobalModule::OnGlobalPreBeginRequest}).
 */
public interface PreBeginRequestListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onPreBeginRequest(PreBeginRequestProvider provider);
}
