package b;

import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
// at column 1: [jiis.ReservedName] the default module name, the simple name of class "lpt3", is the Windows reserved device name LPT3
public class lpt3 implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//^ [jiis.ReservedName] the default module name, the simple name of class "AUX", is the Windows reserved device name AUX
  public static class AUX extends lpt3 {}

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//^ [jiis.ReservedName] the default module name, the simple name of class "cOm7", is the Windows reserved device name COM7
  public static class cOm7 extends lpt3 {}
}
