package b;

import org.jiis.*;

@GlobalModule(name = "AUDIT", events = GlobalEvent.CACHE_CLEANUP)
//                   ^ [jiis.DuplicateName] module name "AUDIT" is already used by module "Audit" (class a.Audit); module names must differ ignoring case because they name Windows files; choose another one with @GlobalModule(name = "...")
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
