// The same event three times and another one twice, interleaved: one error per repeated entry,
// each on that entry. A duplicated unsupported event is reported as a duplicate and once as
// unsupported.
package events;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(events = {GlobalEvent.CACHE_OPERATION, GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION,
//                                                                                         ^ [jiis.DuplicateEvent] CACHE_OPERATION is already listed in events
    GlobalEvent.CACHE_CLEANUP, GlobalEvent.CACHE_OPERATION, GlobalEvent.HEALTH_CHECK, GlobalEvent.HEALTH_CHECK})
//             ^ [jiis.DuplicateEvent] CACHE_CLEANUP is already listed in events
//                                        ^ [jiis.DuplicateEvent] CACHE_OPERATION is already listed in events
//                                                                     ^ [jiis.UnsupportedEvent] jiis cannot dispatch HEALTH_CHECK (OnGlobalHealthCheck) to Java yet
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
