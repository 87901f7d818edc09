// With both a public (ModuleContext) and a public no-argument constructor, jiis calls the
// (ModuleContext) one, so its checked exception is an error even though the other would do.
package constructors;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Audit implements CacheCleanupListener {

  public Audit() {}

  public Audit(ModuleContext context) throws Exception {}
  //     ^ [jiis.ConstructorThrows] constructor Audit(ModuleContext) declares checked exception java.lang.Exception

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
