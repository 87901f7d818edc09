package broken;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Broken implements CacheCleanupListener {
//     ^ [jiis.NoUsableConstructor] module class Broken has no constructor jiis can call

  public Broken(String label) {}

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @GlobalModule(events = GlobalEvent.CACHE_OPERATION)
//                                  ^ [jiis.MissingListener] events lists CACHE_OPERATION but AlsoBroken does not implement org.jiis.CacheOperationListener
//                                  ^ [jiis.UnlistedListener] AlsoBroken implements org.jiis.CacheCleanupListener but events does not list CACHE_CLEANUP
  public static class AlsoBroken extends Broken {
    public AlsoBroken() {
      super("also");
    }
  }
}
