// Listeners count however they are implemented: here the superclass implements
// CacheOperationListener, which events does not list (the class implements CacheCleanupListener
// itself, which events lists).
package events;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//                                ^ [jiis.UnlistedListener] Audit implements org.jiis.CacheOperationListener but events does not list CACHE_OPERATION
public class Audit extends Base implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}

abstract class Base implements CacheOperationListener {
  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    return GlobalNotificationStatus.CONTINUE;
  }
}
