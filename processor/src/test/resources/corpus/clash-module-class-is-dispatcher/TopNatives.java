package clash;

import org.jiis.*;

@GlobalModule(name = "Top", events = GlobalEvent.CACHE_CLEANUP)
//                   ^ [jiis.DispatcherClash] jiis generates clash.TopNatives for module Top, but the sources already declare clash.TopNatives
public class TopNatives implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
