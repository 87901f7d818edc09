// A duplicate right after the first entry, with a static import, on its own line.
package events;

import static org.jiis.GlobalEvent.CACHE_OPERATION;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(events = {
    CACHE_OPERATION,
    CACHE_OPERATION,
//  ^ [jiis.DuplicateEvent] CACHE_OPERATION is already listed in events; remove this entry
    GlobalEvent.CACHE_CLEANUP,
})
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
