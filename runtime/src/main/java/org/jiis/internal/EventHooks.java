package org.jiis.internal;

import org.jiis.GlobalNotificationStatus;

/**
 * How each {@link NativeModule} entry point reaches its {@link ModuleDispatcher} hook: binds the
 * callback frame's view to the IIS pointer and calls the hook with it.
 *
 * <p>No lambdas or method references: each kind's first use in a JVM bootstraps
 * {@code java.lang.invoke}, which cost {@code RegisterModule} about 25 ms (bench/). The hooks are
 * constants, so an event allocates nothing.
 */
final class EventHooks {

  private EventHooks() {}

  /** One event's way to its hook, given the module, the callback's frame and the IIS pointer. */
  interface Hook {
    GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long pointer);
  }

  static final Hook STOP_LISTENING = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onStopListening(frame.events().stopListening(provider));
    }
  };

  static final Hook CACHE_CLEANUP = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long unused) {
      return module.dispatcher().onCacheCleanup();
    }
  };

  static final Hook CACHE_OPERATION = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onCacheOperation(frame.provider(provider));
    }
  };

  static final Hook HEALTH_CHECK = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long unused) {
      return module.dispatcher().onHealthCheck();
    }
  };

  static final Hook CONFIGURATION_CHANGE = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onConfigurationChange(
          frame.events().configurationChange(provider));
    }
  };

  static final Hook FILE_CHANGE = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onFileChange(frame.events().fileChange(provider));
    }
  };

  static final Hook PRE_BEGIN_REQUEST = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onPreBeginRequest(frame.events().preBeginRequest(provider));
    }
  };

  static final Hook APPLICATION_START = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onApplicationStart(frame.events().application(provider));
    }
  };

  static final Hook APPLICATION_RESOLVE_MODULES = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onApplicationResolveModules(
          frame.events().applicationResolveModules(provider));
    }
  };

  static final Hook APPLICATION_STOP = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onApplicationStop(frame.events().application(provider));
    }
  };

  static final Hook RSCA_QUERY = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onRscaQuery(frame.events().rscaQuery(provider));
    }
  };

  static final Hook TRACE_EVENT = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onTraceEvent(
          frame.events().traceEvent(provider, module.moduleId()));
    }
  };

  static final Hook CUSTOM_NOTIFICATION = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onCustomNotification(frame.events().customNotification(provider));
    }
  };

  static final Hook THREAD_CLEANUP = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onThreadCleanup(frame.events().threadCleanup(provider));
    }
  };

  static final Hook APPLICATION_PRELOAD = new Hook() {
    @Override
    public GlobalNotificationStatus call(NativeModule module, CallbackFrame frame, long provider) {
      return module.dispatcher().onApplicationPreload(frame.events().applicationPreload(provider));
    }
  };

  static final Hook SUSPEND_PROCESS = new Hook() {
    @Override
    public GlobalNotificationStatus call(
        NativeModule module, CallbackFrame frame, long callbackSlot) {
      return module.dispatcher().onSuspendProcess(
          frame.events().suspendProcess(callbackSlot, module.resumeAction()));
    }
  };
}
