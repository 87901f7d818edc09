// Public static nested module classes that are unreachable because an enclosing class is not
// public: the error is on each enclosing class at fault, named in the message.
package shapes;

import org.jiis.*;

public class Outer {

  static class Hidden {
  //     ^ [jiis.NotPublic] Hidden, which encloses module class InHidden, is not public; declare Hidden public or move InHidden to its own file
    @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
    public static class InHidden implements CacheCleanupListener {
      @Override
      public GlobalNotificationStatus onCacheCleanup() {
        return GlobalNotificationStatus.CONTINUE;
      }
    }
  }

  private static class Private {
//               ^ [jiis.NotPublic] Private, which encloses module class Deepest, is not public
    public static class Visible {
      @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
      public static class Deepest implements CacheCleanupListener {
        @Override
        public GlobalNotificationStatus onCacheCleanup() {
          return GlobalNotificationStatus.CONTINUE;
        }
      }
    }
  }
}

interface PackagePrivateInterface {
// at column 1: [jiis.NotPublic] PackagePrivateInterface, which encloses module class InInterface, is not public
  // A class in an interface is implicitly public and static: only the interface is at fault.
  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
  class InInterface implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
