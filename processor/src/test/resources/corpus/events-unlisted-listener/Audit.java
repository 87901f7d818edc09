// The class implements a listener whose event is not listed: the error is on the events value.
package events;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(priority = Priority.LOW, events = {GlobalEvent.CACHE_CLEANUP})
//                                              ^ [jiis.UnlistedListener] Audit implements org.jiis.CacheOperationListener but events does not list CACHE_OPERATION, so IIS would never call onCacheOperation; add CACHE_OPERATION to events or stop implementing CacheOperationListener
public class Audit implements CacheCleanupListener, CacheOperationListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    return GlobalNotificationStatus.CONTINUE;
  }
}
