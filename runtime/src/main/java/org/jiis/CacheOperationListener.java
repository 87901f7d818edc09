package org.jiis;

import org.jiis.cache.CacheProvider;

/**
 * Receives {@link GlobalEvent#CACHE_OPERATION}: IIS retrieved, added, deleted, flushed or
 * enumerated an entry of its URI, file or token cache ({@code CGlobalModule::OnGlobalCacheOperation}).
 */
public interface CacheOperationListener {

  /**
   * Called on an IIS worker thread. The provider and everything reached from it are valid only
   * until this method returns; use {@link org.jiis.cache.CacheRecord#retain()} to keep a record.
   *
   * @return {@link GlobalNotificationStatus#CONTINUE} unless later modules must not see the event
   */
  GlobalNotificationStatus onCacheOperation(CacheProvider provider);
}
