// The constructor takes a ModuleContext that is not org.jiis.ModuleContext.
package constructors;

import org.jiis.CacheCleanupListener;
import org.jiis.GlobalEvent;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import other.ModuleContext;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Audit implements CacheCleanupListener {
//     ^ [jiis.NoUsableConstructor] module class Audit has no constructor jiis can call

  public Audit(ModuleContext context) {}

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
