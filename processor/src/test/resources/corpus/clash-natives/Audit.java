// The sources already declare the natives class jiis would generate (<Name>Natives), as a
// package-private class in the module's own file. Generating the module would fail half way
// (the dispatcher written, then the natives class refused by the Filer), so validation must
// report it before anything is written.
package clash;

import org.jiis.*;

@GlobalModule(name = "Audit", events = GlobalEvent.CACHE_CLEANUP)
//                   ^ [jiis.DispatcherClash] jiis generates clash.AuditNatives for module Audit, but the sources already declare clash.AuditNatives; rename that type or choose another module name
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}

class AuditNatives {}
