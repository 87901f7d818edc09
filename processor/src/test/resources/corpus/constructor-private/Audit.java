// The only no-argument constructor is private: the error is on that constructor.
package constructors;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Audit implements CacheCleanupListener {

  private Audit() {}
  //      ^ [jiis.NoUsableConstructor] constructor Audit() is not public, so jiis cannot call it; make it public

  public static Audit create() {
    return new Audit();
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
