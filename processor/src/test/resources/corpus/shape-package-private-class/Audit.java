// A package-private module class with an explicit public constructor: [jiis.NotPublic] only (the
// constructor is fine).
package shapes;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
final class Audit implements CacheCleanupListener {
//    ^ [jiis.NotPublic] module class Audit is not public; declare it 'public class Audit'
  public Audit() {}

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
