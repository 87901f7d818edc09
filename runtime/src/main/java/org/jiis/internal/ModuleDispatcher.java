package org.jiis.internal;

import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheProvider;
import org.jiis.event.ApplicationPreloadProvider;
import org.jiis.event.ApplicationProvider;
import org.jiis.event.ApplicationResolveModulesProvider;
import org.jiis.event.ConfigurationChangeProvider;
import org.jiis.event.CustomNotificationProvider;
import org.jiis.event.FileChangeProvider;
import org.jiis.event.PreBeginRequestProvider;
import org.jiis.event.RscaQueryProvider;
import org.jiis.event.StopListeningProvider;
import org.jiis.event.SuspendProcessProvider;
import org.jiis.event.ThreadCleanupProvider;
import org.jiis.event.TraceEventProvider;

/**
 * Base class of the {@code <Name>Dispatcher} the processor generates for each module. The
 * generated subclass creates the user's module and overrides the hook of each event the module
 * subscribes to, routing it to the listener method. Everything else (native entry points,
 * exception containment, view lifetimes) is hand-written runtime code that calls these hooks.
 *
 * <p>Not part of the user-facing API.
 */
public abstract class ModuleDispatcher {

  protected ModuleDispatcher() {}

  /** The module's name, as the generated subclass knows it. */
  public abstract String moduleName();

  /** {@code GL_STOP_LISTENING}. */
  public GlobalNotificationStatus onStopListening(StopListeningProvider provider) {
    throw notSubscribed("STOP_LISTENING");
  }

  /** {@code GL_CACHE_CLEANUP}. */
  public GlobalNotificationStatus onCacheCleanup() {
    throw notSubscribed("CACHE_CLEANUP");
  }

  /** {@code GL_CACHE_OPERATION}. */
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    throw notSubscribed("CACHE_OPERATION");
  }

  /** {@code GL_HEALTH_CHECK}. */
  public GlobalNotificationStatus onHealthCheck() {
    throw notSubscribed("HEALTH_CHECK");
  }

  /** {@code GL_CONFIGURATION_CHANGE}. */
  public GlobalNotificationStatus onConfigurationChange(ConfigurationChangeProvider provider) {
    throw notSubscribed("CONFIGURATION_CHANGE");
  }

  /** {@code GL_FILE_CHANGE}. */
  public GlobalNotificationStatus onFileChange(FileChangeProvider provider) {
    throw notSubscribed("FILE_CHANGE");
  }

  /** {@code GL_PRE_BEGIN_REQUEST}. */
  public GlobalNotificationStatus onPreBeginRequest(PreBeginRequestProvider provider) {
    throw notSubscribed("PRE_BEGIN_REQUEST");
  }

  /** {@code GL_APPLICATION_START}. */
  public GlobalNotificationStatus onApplicationStart(ApplicationProvider provider) {
    throw notSubscribed("APPLICATION_START");
  }

  /** {@code GL_APPLICATION_RESOLVE_MODULES}. */
  public GlobalNotificationStatus onApplicationResolveModules(
      ApplicationResolveModulesProvider provider) {
    throw notSubscribed("APPLICATION_RESOLVE_MODULES");
  }

  /** {@code GL_APPLICATION_STOP}. */
  public GlobalNotificationStatus onApplicationStop(ApplicationProvider provider) {
    throw notSubscribed("APPLICATION_STOP");
  }

  /** {@code GL_RSCA_QUERY}. */
  public GlobalNotificationStatus onRscaQuery(RscaQueryProvider provider) {
    throw notSubscribed("RSCA_QUERY");
  }

  /** {@code GL_TRACE_EVENT}. */
  public GlobalNotificationStatus onTraceEvent(TraceEventProvider provider) {
    throw notSubscribed("TRACE_EVENT");
  }

  /** {@code GL_CUSTOM_NOTIFICATION}. */
  public GlobalNotificationStatus onCustomNotification(CustomNotificationProvider provider) {
    throw notSubscribed("CUSTOM_NOTIFICATION");
  }

  /** {@code GL_THREAD_CLEANUP}. */
  public GlobalNotificationStatus onThreadCleanup(ThreadCleanupProvider provider) {
    throw notSubscribed("THREAD_CLEANUP");
  }

  /** {@code GL_APPLICATION_PRELOAD}. */
  public GlobalNotificationStatus onApplicationPreload(ApplicationPreloadProvider provider) {
    throw notSubscribed("APPLICATION_PRELOAD");
  }

  /** {@code GL_SUSPEND_PROCESS}. */
  public GlobalNotificationStatus onSuspendProcess(SuspendProcessProvider provider) {
    throw notSubscribed("SUSPEND_PROCESS");
  }

  /**
   * {@code CGlobalModule::Terminate}: IIS is unloading the module; called once, after which no hook
   * is called. Does nothing unless overridden.
   */
  public void onTerminate() {}

  private UnsupportedOperationException notSubscribed(String event) {
    return new UnsupportedOperationException(
        "Module " + moduleName() + " does not subscribe to " + event);
  }
}
