// Two modules in different packages and files whose names differ only in case: both would write
// jiis/Audit/ and Audit.dll. The module met first keeps the name and generates; the other one is
// reported, naming the first, and generates nothing.
package a;

import org.jiis.*;

@GlobalModule(name = "Audit", events = GlobalEvent.CACHE_CLEANUP)
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
// expect module generated: Audit
