package org.jiis.internal;

import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheProvider;

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

  /** {@code GL_CACHE_OPERATION}. */
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    throw notSubscribed("CACHE_OPERATION");
  }

  /** {@code GL_CACHE_CLEANUP}. */
  public GlobalNotificationStatus onCacheCleanup() {
    throw notSubscribed("CACHE_CLEANUP");
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
