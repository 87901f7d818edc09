package org.jiis;

/**
 * The IIS global notifications ({@code GL_*} constants of {@code httpserv.h}), each with its bit
 * for {@code SetGlobalNotifications} and the {@code CGlobalModule} method IIS calls for it.
 */
public enum GlobalEvent {
  STOP_LISTENING(0x00000002, "OnGlobalStopListening"),
  CACHE_CLEANUP(0x00000004, "OnGlobalCacheCleanup"),
  CACHE_OPERATION(0x00000010, "OnGlobalCacheOperation"),
  HEALTH_CHECK(0x00000020, "OnGlobalHealthCheck"),
  CONFIGURATION_CHANGE(0x00000040, "OnGlobalConfigurationChange"),
  FILE_CHANGE(0x00000080, "OnGlobalFileChange"),
  PRE_BEGIN_REQUEST(0x00000100, "OnGlobalPreBeginRequest"),
  APPLICATION_START(0x00000200, "OnGlobalApplicationStart"),
  APPLICATION_RESOLVE_MODULES(0x00000400, "OnGlobalApplicationResolveModules"),
  APPLICATION_STOP(0x00000800, "OnGlobalApplicationStop"),
  RSCA_QUERY(0x00001000, "OnGlobalRSCAQuery"),
  TRACE_EVENT(0x00002000, "OnGlobalTraceEvent"),
  CUSTOM_NOTIFICATION(0x00004000, "OnGlobalCustomNotification"),
  THREAD_CLEANUP(0x00008000, "OnGlobalThreadCleanup"),
  APPLICATION_PRELOAD(0x00010000, "OnGlobalApplicationPreload"),
  SUSPEND_PROCESS(0x00020000, "OnSuspendProcess");

  private final int bit;
  private final String moduleMethod;

  GlobalEvent(int bit, String moduleMethod) {
    this.bit = bit;
    this.moduleMethod = moduleMethod;
  }

  /** The {@code GL_*} bit, for example {@code 0x10} for {@code GL_CACHE_OPERATION}. */
  public int bit() {
    return bit;
  }

  /** The {@code httpserv.h} constant name, for example {@code "GL_CACHE_OPERATION"}. */
  public String constantName() {
    return "GL_" + name();
  }

  /** The {@code CGlobalModule} virtual IIS calls, for example {@code "OnGlobalCacheOperation"}. */
  public String moduleMethod() {
    return moduleMethod;
  }
}
