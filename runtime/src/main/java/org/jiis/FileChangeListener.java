package org.jiis;

import org.jiis.event.FileChangeProvider;

/**
 * Receives {@link GlobalEvent#FILE_CHANGE}: a file IIS monitors changed
 * ({@code CGlobalModule::OnGlobalFileChange}).
 */
public interface FileChangeListener {

  /**
   * Called on an IIS thread. The provider and everything reached from it are valid only until
   * this method returns.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onFileChange(FileChangeProvider provider);
}
