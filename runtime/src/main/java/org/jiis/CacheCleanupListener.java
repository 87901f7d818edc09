package org.jiis;

/**
 * Receives {@link GlobalEvent#CACHE_CLEANUP}: IIS is cleaning up its caches
 * ({@code CGlobalModule::OnGlobalCacheCleanup}).
 */
public interface CacheCleanupListener {

  /** Called on an IIS worker thread. */
  GlobalNotificationStatus onCacheCleanup();
}
