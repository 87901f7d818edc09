// The same event three times and another one twice, interleaved: one error per repeated entry,
// each on that entry. A duplicated event whose listener is missing is reported as a duplicate and
// once as missing its listener.
package events;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(events = {GlobalEvent.CACHE_OPERATION, GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION,
//                                                                                         ^ [jiis.DuplicateEvent] CACHE_OPERATION is already listed in events
    GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION, GlobalEvent.HEALTH_CHECK, GlobalEvent.HEALTH_CHECK})
//             ^ [jiis.DuplicateEvent] CACHE_CLEANUP is already listed in events
//                                        ^ [jiis.DuplicateEvent] CACHE_OPERATION is already listed in events
//                                                                     ^ [jiis.MissingListener] events lists HEALTH_CHECK but Audit does not implement org.jiis.HealthCheckListener
//                                                                                               ^ [jiis.DuplicateEvent] HEALTH_CHECK is already listed in events
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
