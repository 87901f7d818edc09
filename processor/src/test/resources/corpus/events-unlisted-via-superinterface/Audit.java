// Here a superinterface of the user's own extends CacheCleanupListener, and the class lists only
// CACHE_OPERATION.
package events;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(events = GlobalEvent.CACHE_OPERATION)
//                                ^ [jiis.UnlistedListener] Audit implements org.jiis.CacheCleanupListener but events does not list CACHE_CLEANUP
public class Audit implements AuditListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    return GlobalNotificationStatus.CONTINUE;
  }
}

interface AuditListener extends CacheOperationListener, CleanupAware {}

interface CleanupAware extends CacheCleanupListener {}
