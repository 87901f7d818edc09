// A default name (the class's) and an explicit one that clash, where the first module is invalid
// for another reason: the name is still taken, so both report and nothing is generated.
package names;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_OPERATION)
//                                ^ [jiis.MissingListener] events lists CACHE_OPERATION but Audit does not implement org.jiis.CacheOperationListener
//                                ^ [jiis.UnlistedListener] Audit implements org.jiis.CacheCleanupListener but events does not list CACHE_CLEANUP
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @GlobalModule(name = "audit", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.DuplicateName] module name "audit" is already used by module "Audit" (class names.Audit)
  public static class Other extends Audit {}
}
