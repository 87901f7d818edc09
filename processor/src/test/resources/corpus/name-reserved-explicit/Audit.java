// Windows reserved device names, in every letter case, as explicit names.
package names;

import org.jiis.*;

public class Audit {

  @GlobalModule(name = "con", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "con" is the Windows reserved device name CON, which cannot name the module's DLL; choose another name
  public static class Con extends Cleanup {}

  @GlobalModule(name = "PRN", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "PRN" is the Windows reserved device name PRN
  public static class Prn extends Cleanup {}

  @GlobalModule(name = "aUx", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "aUx" is the Windows reserved device name AUX
  public static class Aux extends Cleanup {}

  @GlobalModule(name = "Nul", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "Nul" is the Windows reserved device name NUL
  public static class Nul extends Cleanup {}

  @GlobalModule(name = "Com1", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "Com1" is the Windows reserved device name COM1
  public static class Com1 extends Cleanup {}

  @GlobalModule(name = "cOM9", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "cOM9" is the Windows reserved device name COM9
  public static class Com9 extends Cleanup {}

  @GlobalModule(name = "lpt1", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "lpt1" is the Windows reserved device name LPT1
  public static class Lpt1 extends Cleanup {}

  @GlobalModule(name = "LPT9", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "LPT9" is the Windows reserved device name LPT9
  public static class Lpt9 extends Cleanup {}

  @GlobalModule(name = "Lpt5", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "Lpt5" is the Windows reserved device name LPT5
  public static class Lpt5 extends Cleanup {}

  public abstract static class Cleanup implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
