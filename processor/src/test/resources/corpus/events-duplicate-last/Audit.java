// A duplicate at the end of the array, after another event: the error is on the second entry.
package events;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(events = {GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION, GlobalEvent.CACHE_CLEANUP})
//                                                                                         ^ [jiis.DuplicateEvent] CACHE_CLEANUP is already listed in events; remove this entry
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
