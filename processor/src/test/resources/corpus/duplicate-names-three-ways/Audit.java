// Three modules with one name: the second and third each name the first.
package names;

import org.jiis.*;

public class Audit {

  @GlobalModule(name = "Cache_Audit", events = GlobalEvent.CACHE_CLEANUP)
  public static class First extends Cleanup {}
  // expect module generated: Cache_Audit

  @GlobalModule(name = "cache_audit", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.DuplicateName] module name "cache_audit" is already used by module "Cache_Audit" (class names.Audit.First)
  public static class Second extends Cleanup {}

  @GlobalModule(name = "CACHE_AUDIT", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.DuplicateName] module name "CACHE_AUDIT" is already used by module "Cache_Audit" (class names.Audit.First)
  public static class Third extends Cleanup {}

  public abstract static class Cleanup implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
