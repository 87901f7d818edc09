// @GlobalModule on a record with a public no-argument constructor, and on a static nested record.
package shapes;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public record Audit(String label) implements CacheCleanupListener {
//     ^ [jiis.NotAClass] @GlobalModule must be on a class, but Audit is a record

  public Audit() {
    this("audit");
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @GlobalModule(name = "NestedRecord", events = GlobalEvent.CACHE_CLEANUP)
  public record Nested() implements CacheCleanupListener {
  //     ^ [jiis.NotAClass] @GlobalModule must be on a class, but Nested is a record
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
