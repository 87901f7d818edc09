// Reserved names reached through the class name (no explicit name), in several files and packages.
package a;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
// at column 1: [jiis.ReservedName] the default module name, the simple name of class "Con", is the Windows reserved device name CON, which cannot name the module's DLL; set @GlobalModule(name = "...")
public class Con implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
