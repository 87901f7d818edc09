// The module class itself has the name jiis would give the generated dispatcher or natives class.
package clash;

import org.jiis.*;

@GlobalModule(name = "Cleanup", events = GlobalEvent.CACHE_CLEANUP)
//                   ^ [jiis.DispatcherClash] jiis generates clash.CleanupDispatcher for module Cleanup, but the sources already declare clash.CleanupDispatcher
public class CleanupDispatcher implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @GlobalModule(name = "Nested", events = GlobalEvent.CACHE_CLEANUP)
  public static class NestedNatives extends CleanupDispatcher {}
  // Not a clash: this class is clash.CleanupDispatcher.NestedNatives, not clash.NestedNatives.
  // expect module generated: Nested
}

