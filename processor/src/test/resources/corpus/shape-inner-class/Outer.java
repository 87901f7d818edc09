// A non-static member class, one level and two levels deep.
package shapes;

import org.jiis.*;

public class Outer {

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
  public class Inner implements CacheCleanupListener {
  //     ^ [jiis.InnerClass] module class Inner is an inner class of Outer, so it cannot be created without an instance of Outer; declare it 'static'
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }

  public static class Middle {
    @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    public class Deep implements CacheCleanupListener {
    //     ^ [jiis.InnerClass] module class Deep is an inner class of Middle
      @Override
      public GlobalNotificationStatus onCacheCleanup() {
        return GlobalNotificationStatus.CONTINUE;
      }
    }
  }
}
