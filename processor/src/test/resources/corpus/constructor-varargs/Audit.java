// Varargs constructors are not the constructors jiis calls, even though Java could call them with
// no argument or with one ModuleContext: the class has none of the two jiis needs.
package constructors;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Audit implements CacheCleanupListener {
//     ^ [jiis.NoUsableConstructor] module class Audit has no constructor jiis can call; add 'public Audit()' or 'public Audit(ModuleContext context)' (org.jiis.ModuleContext)

  public Audit(ModuleContext... contexts) {}

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
  public static class Objects implements CacheCleanupListener {
//              ^ [jiis.NoUsableConstructor] module class Objects has no constructor jiis can call

    public Objects(Object... values) {}

    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
