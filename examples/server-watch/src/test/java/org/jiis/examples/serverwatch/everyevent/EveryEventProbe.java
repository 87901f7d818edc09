package org.jiis.examples.serverwatch.everyevent;

import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.jiis.ApplicationPreloadListener;
import org.jiis.ApplicationResolveModulesListener;
import org.jiis.ApplicationStartListener;
import org.jiis.ApplicationStopListener;
import org.jiis.CacheCleanupListener;
import org.jiis.CacheOperationListener;
import org.jiis.ConfigurationChangeListener;
import org.jiis.CustomNotificationListener;
import org.jiis.EventLog;
import org.jiis.FileChangeListener;
import org.jiis.GlobalEvent;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.HealthCheckListener;
import org.jiis.IisServer;
import org.jiis.ModuleContext;
import org.jiis.PreBeginRequestListener;
import org.jiis.Priority;
import org.jiis.RscaQueryListener;
import org.jiis.StopListeningListener;
import org.jiis.SuspendProcessListener;
import org.jiis.ThreadCleanupListener;
import org.jiis.TraceEventListener;
import org.jiis.cache.CacheProvider;
import org.jiis.event.Application;
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
import org.jiis.event.TraceEvent;
import org.jiis.event.TraceEventProvider;

/**
 * A test-only module subscribing to all sixteen notifications, for {@code EveryEventIT}; not an
 * example to copy. Each handler writes what its provider gave to the event log as {@code
 * "<event>: ..."}, where the test reads it from the simulator's report, and uses the provider's
 * actions. The handlers of {@link #HANDLED_EVENTS} answer {@code HANDLED}, the others {@code
 * CONTINUE}; stop-listening and application-stop set the error status {@link #ERROR_STATUS}.
 */
@GlobalModule(
    name = "EveryEventProbe",
    events = {
      GlobalEvent.STOP_LISTENING, GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION,
      GlobalEvent.HEALTH_CHECK, GlobalEvent.CONFIGURATION_CHANGE, GlobalEvent.FILE_CHANGE,
      GlobalEvent.PRE_BEGIN_REQUEST, GlobalEvent.APPLICATION_START,
      GlobalEvent.APPLICATION_RESOLVE_MODULES, GlobalEvent.APPLICATION_STOP,
      GlobalEvent.RSCA_QUERY, GlobalEvent.TRACE_EVENT, GlobalEvent.CUSTOM_NOTIFICATION,
      GlobalEvent.THREAD_CLEANUP, GlobalEvent.APPLICATION_PRELOAD, GlobalEvent.SUSPEND_PROCESS
    })
public final class EveryEventProbe
    implements StopListeningListener, CacheCleanupListener, CacheOperationListener,
        HealthCheckListener, ConfigurationChangeListener, FileChangeListener,
        PreBeginRequestListener, ApplicationStartListener, ApplicationResolveModulesListener,
        ApplicationStopListener, RscaQueryListener, TraceEventListener, CustomNotificationListener,
        ThreadCleanupListener, ApplicationPreloadListener, SuspendProcessListener {

  /** The events whose handler answers HANDLED. */
  public static final Set<GlobalEvent> HANDLED_EVENTS = EnumSet.of(
      GlobalEvent.HEALTH_CHECK, GlobalEvent.CONFIGURATION_CHANGE, GlobalEvent.RSCA_QUERY,
      GlobalEvent.CUSTOM_NOTIFICATION, GlobalEvent.APPLICATION_PRELOAD, GlobalEvent.CACHE_CLEANUP);
  /** What stop-listening and application-stop pass to setErrorStatus (E_ACCESSDENIED). */
  public static final int ERROR_STATUS = 0x80070005;
  /** Custom notification types that call the IisServer. */
  public static final String REPORT_UNHEALTHY = "probe.report-unhealthy";
  public static final String RECYCLE = "probe.recycle";
  public static final int UNHEALTHY_HRESULT = 0x80004005;

  private final EventLog log;
  private final IisServer server;

  public EveryEventProbe(ModuleContext context) {
    this.log = context.eventLog();
    this.server = context.server();
    log.info("server: appPool=" + server.appPoolName() + " commandLine="
        + server.isCommandLineLaunch() + " version=" + server.serverVersion());
  }

  private GlobalNotificationStatus answer(GlobalEvent event, String message) {
    log.info(message);
    return HANDLED_EVENTS.contains(event)
        ? GlobalNotificationStatus.HANDLED
        : GlobalNotificationStatus.CONTINUE;
  }

  private static String describe(Application application) {
    return application == null
        ? "null"
        : application.applicationId() + " " + application.physicalPath() + " "
            + application.configPath();
  }

  @Override
  public GlobalNotificationStatus onStopListening(StopListeningProvider provider) {
    provider.setErrorStatus(ERROR_STATUS);
    return answer(GlobalEvent.STOP_LISTENING,
        "stop-listening: drain=" + provider.drainRequestsGracefully());
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return answer(GlobalEvent.CACHE_CLEANUP, "cache-cleanup");
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    return answer(GlobalEvent.CACHE_OPERATION, "cache-operation: " + provider.operation());
  }

  @Override
  public GlobalNotificationStatus onHealthCheck() {
    return answer(GlobalEvent.HEALTH_CHECK, "health-check");
  }

  @Override
  public GlobalNotificationStatus onConfigurationChange(ConfigurationChangeProvider provider) {
    return answer(GlobalEvent.CONFIGURATION_CHANGE,
        "configuration-change: " + provider.changePath());
  }

  @Override
  public GlobalNotificationStatus onFileChange(FileChangeProvider provider) {
    return answer(GlobalEvent.FILE_CHANGE, "file-change: " + provider.fileName());
  }

  @Override
  public GlobalNotificationStatus onPreBeginRequest(PreBeginRequestProvider provider) {
    return answer(GlobalEvent.PRE_BEGIN_REQUEST, "pre-begin-request");
  }

  @Override
  public GlobalNotificationStatus onApplicationStart(ApplicationProvider provider) {
    return answer(GlobalEvent.APPLICATION_START,
        "application-start: " + describe(provider.application()));
  }

  @Override
  public GlobalNotificationStatus onApplicationResolveModules(
      ApplicationResolveModulesProvider provider) {
    provider.setPriorityForRequestNotification("ProbeRequestModule", 0x00000004, Priority.HIGH);
    return answer(GlobalEvent.APPLICATION_RESOLVE_MODULES,
        "application-resolve-modules: " + describe(provider.application()));
  }

  @Override
  public GlobalNotificationStatus onApplicationStop(ApplicationProvider provider) {
    provider.setErrorStatus(ERROR_STATUS);
    return answer(GlobalEvent.APPLICATION_STOP,
        "application-stop: " + describe(provider.application()));
  }

  @Override
  public GlobalNotificationStatus onRscaQuery(RscaQueryProvider provider) {
    String reply = "pong:" + provider.functionParameters();
    provider.setResult(reply.getBytes(StandardCharsets.UTF_8), 0);
    return answer(GlobalEvent.RSCA_QUERY, "rsca-query: " + provider.functionName()
        + "(" + provider.functionParameters() + ")");
  }

  @Override
  public GlobalNotificationStatus onTraceEvent(TraceEventProvider provider) {
    TraceEvent event = provider.traceEvent();
    String items = event.items().stream()
        .map(item -> item.name() + ":" + item.dataType() + ":" + HexFormat.of().formatHex(item.data())
            + ":" + item.description())
        .collect(Collectors.joining(","));
    return answer(GlobalEvent.TRACE_EVENT, "trace-event: provider=" + event.providerGuid()
        + " area=" + event.area() + " areaGuid=" + event.areaGuid() + " event=" + event.event()
        + " name=" + event.eventName() + " version=" + event.eventVersion()
        + " verbosity=" + event.verbosity() + " activity=" + event.activityGuid()
        + " related=" + event.relatedActivityGuid() + " timeStamp=" + event.timeStamp()
        + " flags=" + event.flags() + " items=" + items
        + " subscribed=" + provider.isSubscribed());
  }

  @Override
  public GlobalNotificationStatus onCustomNotification(CustomNotificationProvider provider) {
    String type = provider.notificationType();
    if (REPORT_UNHEALTHY.equals(type)) {
      server.reportUnhealthy("probe asked to report unhealthy", UNHEALTHY_HRESULT);
    } else if (RECYCLE.equals(type)) {
      server.recycleProcess("probe asked to recycle");
    }
    return answer(GlobalEvent.CUSTOM_NOTIFICATION, "custom-notification: " + type);
  }

  @Override
  public GlobalNotificationStatus onThreadCleanup(ThreadCleanupProvider provider) {
    return answer(GlobalEvent.THREAD_CLEANUP,
        "thread-cleanup: " + describe(provider.application()));
  }

  @Override
  public GlobalNotificationStatus onApplicationPreload(ApplicationPreloadProvider provider) {
    return answer(GlobalEvent.APPLICATION_PRELOAD, "application-preload");
  }

  @Override
  public GlobalNotificationStatus onSuspendProcess(SuspendProcessProvider provider) {
    provider.setResumeCallback(() -> log.info("resume: ran"));
    return answer(GlobalEvent.SUSPEND_PROCESS, "suspend-process");
  }
}
