// Constructors taking a ModuleContext and something else, in either order, and a non-public
// (ModuleContext) constructor beside them: the error names the one that only lacks 'public'.
package constructors;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Audit implements CacheCleanupListener {

  public Audit(ModuleContext context, String label) {}

  public Audit(int level, ModuleContext context) {}

  Audit(ModuleContext context) {}
//^ [jiis.NoUsableConstructor] constructor Audit(ModuleContext) is not public, so jiis cannot call it; make it public

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
