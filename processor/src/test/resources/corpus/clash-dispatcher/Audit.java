// The sources already declare the dispatcher jiis would generate, in another file of the package.
package clash;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
// at column 1: [jiis.DispatcherClash] jiis generates clash.AuditDispatcher for module Audit, but the sources already declare clash.AuditDispatcher; rename that type or choose another module name
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
