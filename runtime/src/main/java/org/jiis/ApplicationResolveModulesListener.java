package org.jiis;

import org.jiis.event.ApplicationResolveModulesProvider;

/**
 * Receives {@link GlobalEvent#APPLICATION_RESOLVE_MODULES}: IIS resolves an application's modules
 * ({@code CGlobalModule::OnGlobalApplicationResolveModules}).
 */
public interface ApplicationResolveModulesListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onApplicationResolveModules(ApplicationResolveModulesProvider provider);
}
