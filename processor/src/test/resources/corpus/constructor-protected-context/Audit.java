// Only non-public constructors of the two kinds jiis can call: the error is on one of them (the
// first kind jiis looks for, the no-argument one), saying to make it public.
package constructors;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Audit implements CacheCleanupListener {

  private Audit() {}
  //      ^ [jiis.NoUsableConstructor] constructor Audit() is not public, so jiis cannot call it; make it public

  protected Audit(ModuleContext context) {}

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
