// Generic module classes: the error is on the first type parameter, whatever its bounds.
package shapes;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Audit<T extends Comparable<T>, U> implements CacheCleanupListener {
//                 ^ [jiis.GenericClass] module class Audit declares type parameter T, but jiis creates the module without type arguments; remove the type parameters
  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
  public static class Nested<E> implements CacheCleanupListener {
//                           ^ [jiis.GenericClass] module class Nested declares type parameter E
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
