package org.jiis.processor.model;

import java.util.List;

/**
 * The processor's own table of IIS global notifications (reference §4.1, §5). It mirrors
 * {@code org.jiis.GlobalEvent}, which the processor must not load; a test keeps the two in step.
 * An event with no listener interface is not dispatchable yet ({@code [jiis.UnsupportedEvent]}).
 */
public enum EventKind {
  STOP_LISTENING(0x00000002, "OnGlobalStopListening", "IGlobalStopListeningProvider", null, null),
  CACHE_CLEANUP(0x00000004, "OnGlobalCacheCleanup", null, "org.jiis.CacheCleanupListener", "onCacheCleanup"),
  CACHE_OPERATION(0x00000010, "OnGlobalCacheOperation", "ICacheProvider", "org.jiis.CacheOperationListener", "onCacheOperation",
      new ListenerParameter("org.jiis.cache.CacheProvider", "provider")),
  HEALTH_CHECK(0x00000020, "OnGlobalHealthCheck", null, null, null),
  CONFIGURATION_CHANGE(0x00000040, "OnGlobalConfigurationChange", "IGlobalConfigurationChangeProvider", null, null),
  FILE_CHANGE(0x00000080, "OnGlobalFileChange", "IGlobalFileChangeProvider", null, null),
  PRE_BEGIN_REQUEST(0x00000100, "OnGlobalPreBeginRequest", "IPreBeginRequestProvider", null, null),
  APPLICATION_START(0x00000200, "OnGlobalApplicationStart", "IHttpApplicationStartProvider", null, null),
  APPLICATION_RESOLVE_MODULES(0x00000400, "OnGlobalApplicationResolveModules", "IHttpApplicationResolveModulesProvider", null, null),
  APPLICATION_STOP(0x00000800, "OnGlobalApplicationStop", "IHttpApplicationStopProvider", null, null),
  RSCA_QUERY(0x00001000, "OnGlobalRSCAQuery", "IGlobalRSCAQueryProvider", null, null),
  TRACE_EVENT(0x00002000, "OnGlobalTraceEvent", "IGlobalTraceEventProvider", null, null),
  CUSTOM_NOTIFICATION(0x00004000, "OnGlobalCustomNotification", "ICustomNotificationProvider", null, null),
  THREAD_CLEANUP(0x00008000, "OnGlobalThreadCleanup", "IGlobalThreadCleanupProvider", null, null),
  APPLICATION_PRELOAD(0x00010000, "OnGlobalApplicationPreload", "IGlobalApplicationPreloadProvider", null, null),
  SUSPEND_PROCESS(0x00020000, "OnSuspendProcess", null, null, null);

  private final int bit;
  private final String moduleMethod;
  private final String providerType;
  private final String listenerInterface;
  private final String listenerMethod;
  private final List<ListenerParameter> listenerParameters;

  EventKind(int bit, String moduleMethod, String providerType, String listenerInterface, String listenerMethod,
      ListenerParameter... listenerParameters) {
    this.bit = bit;
    this.moduleMethod = moduleMethod;
    this.providerType = providerType;
    this.listenerInterface = listenerInterface;
    this.listenerMethod = listenerMethod;
    this.listenerParameters = List.of(listenerParameters);
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
   * The C++ provider parameter type without the pointer, for example {@code ICacheProvider}, or
   * {@code null} for the notifications that take no argument or an out parameter.
   */
  public String providerType() {
    return providerType;
  }

  /** Whether jiis can dispatch this event to Java yet. */
  public boolean supported() {
    return listenerInterface != null;
  }

  /** The listener interface's canonical name; {@code null} when not {@link #supported()}. */
  public String listenerInterface() {
    return listenerInterface;
  }

  /** The listener interface's single method, also the {@code ModuleDispatcher} hook's name. */
  public String listenerMethod() {
    return listenerMethod;
  }

  /**
   * The listener method's parameters, which the {@code ModuleDispatcher} hook shares; empty when
   * the method takes none or the event is not {@link #supported()}. Every listener method returns
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
