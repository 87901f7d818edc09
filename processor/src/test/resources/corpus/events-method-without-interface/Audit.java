// A method with the listener's name and signature is no listener: the interface is required.
package events;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(events = {GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION})
//                                                            ^ [jiis.MissingListener] events lists CACHE_OPERATION but Audit does not implement org.jiis.CacheOperationListener
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    return GlobalNotificationStatus.CONTINUE;
  }
}
