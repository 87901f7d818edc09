package valid;

import org.jiis.*;

public class Holder<T> {

  @GlobalModule(name = "InGeneric", events = GlobalEvent.CACHE_CLEANUP)
  public static final class Module implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
  // expect module generated: InGeneric

  public interface Modules {
    @GlobalModule(name = "InInterface", events = GlobalEvent.CACHE_CLEANUP)
    final class Member implements CacheCleanupListener {
      @Override
      public GlobalNotificationStatus onCacheCleanup() {
        return GlobalNotificationStatus.CONTINUE;
      }
    }
    // expect module generated: InInterface
  }
}
