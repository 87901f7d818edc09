// @GlobalModule on an enum that implements the listener.
package shapes;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public enum Audit implements CacheCleanupListener {
//     ^ [jiis.NotAClass] @GlobalModule must be on a class, but Audit is an enum
  INSTANCE;

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
