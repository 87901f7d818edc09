import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP, priority = Priority.LAST)
public class Unnamed implements CacheCleanupListener {
  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
// expect module generated: Unnamed
