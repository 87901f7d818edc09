package org.jiis;

import org.jiis.event.RscaQueryProvider;

/**
 * Receives {@link GlobalEvent#RSCA_QUERY}: a Runtime Status and Control API query arrives
 * ({@code CGlobalModule::OnGlobalRSCAQuery}).
 */
public interface RscaQueryListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onRscaQuery(RscaQueryProvider provider);
}
