// An abstract module class, although it is otherwise complete; a concrete subclass without the
// annotation is no module (the annotation is not inherited).
package shapes;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public abstract class Audit implements CacheCleanupListener {
//              ^ [jiis.AbstractClass] module class Audit is abstract, so jiis cannot create it; remove 'abstract'
  public Audit() {}

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  public static final class Concrete extends Audit {}
}
