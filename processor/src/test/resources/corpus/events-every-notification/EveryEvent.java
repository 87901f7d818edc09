// A module subscribing to every global notification, each with its listener: valid.
package events;

import static org.jiis.GlobalEvent.*;

import org.jiis.*;
import org.jiis.cache.CacheProvider;
import org.jiis.event.*;

@GlobalModule(events = {STOP_LISTENING, CACHE_CLEANUP, CACHE_OPERATION, HEALTH_CHECK, CONFIGURATION_CHANGE,
    FILE_CHANGE, PRE_BEGIN_REQUEST, APPLICATION_START, APPLICATION_RESOLVE_MODULES, APPLICATION_STOP,
    RSCA_QUERY, TRACE_EVENT, CUSTOM_NOTIFICATION, THREAD_CLEANUP, APPLICATION_PRELOAD, SUSPEND_PROCESS})
public class EveryEvent implements StopListeningListener, CacheCleanupListener, CacheOperationListener,
    HealthCheckListener, ConfigurationChangeListener, FileChangeListener, PreBeginRequestListener,
    ApplicationStartListener, ApplicationResolveModulesListener, ApplicationStopListener,
    RscaQueryListener, TraceEventListener, CustomNotificationListener, ThreadCleanupListener,
    ApplicationPreloadListener, SuspendProcessListener {

  private static final GlobalNotificationStatus GO_ON = GlobalNotificationStatus.CONTINUE;

  @Override public GlobalNotificationStatus onStopListening(StopListeningProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onCacheCleanup() { return GO_ON; }
  @Override public GlobalNotificationStatus onCacheOperation(CacheProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onHealthCheck() { return GO_ON; }
  @Override public GlobalNotificationStatus onConfigurationChange(ConfigurationChangeProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onFileChange(FileChangeProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onPreBeginRequest(PreBeginRequestProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onApplicationStart(ApplicationProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onApplicationResolveModules(ApplicationResolveModulesProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onApplicationStop(ApplicationProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onRscaQuery(RscaQueryProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onTraceEvent(TraceEventProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onCustomNotification(CustomNotificationProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onThreadCleanup(ThreadCleanupProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onApplicationPreload(ApplicationPreloadProvider p) { return GO_ON; }
  @Override public GlobalNotificationStatus onSuspendProcess(SuspendProcessProvider p) { return GO_ON; }
}
// expect module generated: EveryEvent
