package org.jiis;

import org.jiis.event.ConfigurationChangeProvider;

/**
 * Receives {@link GlobalEvent#CONFIGURATION_CHANGE}: a configuration file changed
 * ({@code CGlobalModule::OnGlobalConfigurationChange}).
 */
public interface ConfigurationChangeListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onConfigurationChange(ConfigurationChangeProvider provider);
}
