package org.jiis;

/**
 * Receives {@link GlobalEvent#HEALTH_CHECK}: IIS checks the worker process's health
 * ({@code CGlobalModule::OnGlobalHealthCheck}).
 */
public interface HealthCheckListener {

  /**
   * Called on an IIS thread.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onHealthCheck();
}
