package org.jiis.processor.model;

import java.util.List;

/**
 * The processor's own table of IIS global notifications (reference §4.1, §5). It mirrors
 * {@code org.jiis.GlobalEvent}, which the processor must not load; a test keeps the two in step.
 * Each has its {@code CGlobalModule} method's C++ parameter and its listener interface.
 */
public enum EventKind {
  STOP_LISTENING(0x00000002, "OnGlobalStopListening", "IGlobalStopListeningProvider* pProvider",
      "org.jiis.StopListeningListener", "onStopListening", "org.jiis.event.StopListeningProvider"),
  CACHE_CLEANUP(0x00000004, "OnGlobalCacheCleanup", null,
      "org.jiis.CacheCleanupListener", "onCacheCleanup", null),
  CACHE_OPERATION(0x00000010, "OnGlobalCacheOperation", "ICacheProvider* pProvider",
      "org.jiis.CacheOperationListener", "onCacheOperation", "org.jiis.cache.CacheProvider"),
  HEALTH_CHECK(0x00000020, "OnGlobalHealthCheck", null,
      "org.jiis.HealthCheckListener", "onHealthCheck", null),
  CONFIGURATION_CHANGE(0x00000040, "OnGlobalConfigurationChange", "IGlobalConfigurationChangeProvider* pProvider",
      "org.jiis.ConfigurationChangeListener", "onConfigurationChange",
      "org.jiis.event.ConfigurationChangeProvider"),
  FILE_CHANGE(0x00000080, "OnGlobalFileChange", "IGlobalFileChangeProvider* pProvider",
      "org.jiis.FileChangeListener", "onFileChange", "org.jiis.event.FileChangeProvider"),
  PRE_BEGIN_REQUEST(0x00000100, "OnGlobalPreBeginRequest", "IPreBeginRequestProvider* pProvider",
      "org.jiis.PreBeginRequestListener", "onPreBeginRequest", "org.jiis.event.PreBeginRequestProvider"),
  APPLICATION_START(0x00000200, "OnGlobalApplicationStart", "IHttpApplicationStartProvider* pProvider",
      "org.jiis.ApplicationStartListener", "onApplicationStart", "org.jiis.event.ApplicationProvider"),
  APPLICATION_RESOLVE_MODULES(0x00000400, "OnGlobalApplicationResolveModules",
      "IHttpApplicationResolveModulesProvider* pProvider", "org.jiis.ApplicationResolveModulesListener",
      "onApplicationResolveModules", "org.jiis.event.ApplicationResolveModulesProvider"),
  APPLICATION_STOP(0x00000800, "OnGlobalApplicationStop", "IHttpApplicationStopProvider* pProvider",
      "org.jiis.ApplicationStopListener", "onApplicationStop", "org.jiis.event.ApplicationProvider"),
  RSCA_QUERY(0x00001000, "OnGlobalRSCAQuery", "IGlobalRSCAQueryProvider* pProvider",
      "org.jiis.RscaQueryListener", "onRscaQuery", "org.jiis.event.RscaQueryProvider"),
  TRACE_EVENT(0x00002000, "OnGlobalTraceEvent", "IGlobalTraceEventProvider* pProvider",
      "org.jiis.TraceEventListener", "onTraceEvent", "org.jiis.event.TraceEventProvider"),
  CUSTOM_NOTIFICATION(0x00004000, "OnGlobalCustomNotification", "ICustomNotificationProvider* pProvider",
      "org.jiis.CustomNotificationListener", "onCustomNotification",
      "org.jiis.event.CustomNotificationProvider"),
  THREAD_CLEANUP(0x00008000, "OnGlobalThreadCleanup", "IGlobalThreadCleanupProvider* pProvider",
      "org.jiis.ThreadCleanupListener", "onThreadCleanup", "org.jiis.event.ThreadCleanupProvider"),
  APPLICATION_PRELOAD(0x00010000, "OnGlobalApplicationPreload", "IGlobalApplicationPreloadProvider* pProvider",
      "org.jiis.ApplicationPreloadListener", "onApplicationPreload",
      "org.jiis.event.ApplicationPreloadProvider"),
  // The one out parameter: the module may store a callback through it.
  SUSPEND_PROCESS(0x00020000, "OnSuspendProcess", "IGlobalSuspendProcessCallback** pCallback",
      "org.jiis.SuspendProcessListener", "onSuspendProcess", "org.jiis.event.SuspendProcessProvider");

  private final int bit;
  private final String moduleMethod;
  private final String cppParameter;
  private final String listenerInterface;
  private final String listenerMethod;
  private final List<ListenerParameter> listenerParameters;

  EventKind(int bit, String moduleMethod, String cppParameter, String listenerInterface,
      String listenerMethod, String providerView) {
    this.bit = bit;
    this.moduleMethod = moduleMethod;
    this.cppParameter = cppParameter;
    this.listenerInterface = listenerInterface;
    this.listenerMethod = listenerMethod;
    this.listenerParameters =
        providerView == null ? List.of() : List.of(new ListenerParameter(providerView, "provider"));
  }

  /** The {@code GL_*} bit. */
  public int bit() {
    return bit;
  }

  /** The {@code GL_*} constant name, for example {@code GL_CACHE_OPERATION}. */
  public String constantName() {
    return "GL_" + name();
  }

  /** The {@code CGlobalModule} virtual, for example {@code OnGlobalCacheOperation}. */
  public String moduleMethod() {
    return moduleMethod;
  }

  /**
   * The {@code CGlobalModule} method's one parameter as §5 declares it, for example
   * {@code ICacheProvider* pProvider} or {@code IGlobalSuspendProcessCallback** pCallback};
   * {@code null} for the notifications that take none ({@code VOID}).
   */
  public String cppParameter() {
    return cppParameter;
  }

  /** The name of {@link #cppParameter()}, for example {@code pProvider}; {@code null} when none. */
  public String cppParameterName() {
    return cppParameter == null ? null : cppParameter.substring(cppParameter.lastIndexOf(' ') + 1);
  }

  /** The listener interface's canonical name. */
  public String listenerInterface() {
    return listenerInterface;
  }

  /** The listener interface's single method, also the {@code ModuleDispatcher} hook's name. */
  public String listenerMethod() {
    return listenerMethod;
  }

  /**
   * The listener method's parameters, which the {@code ModuleDispatcher} hook shares: the view
   * of the provider, or none. Every listener method returns
   * {@code org.jiis.GlobalNotificationStatus}.
   */
  public List<ListenerParameter> listenerParameters() {
    return listenerParameters;
  }

  /** The event for a {@code GlobalEvent} constant name, or {@code null}. */
  public static EventKind forName(String name) {
    for (EventKind kind : values()) {
      if (kind.name().equals(name)) {
        return kind;
      }
    }
    return null;
  }
}
