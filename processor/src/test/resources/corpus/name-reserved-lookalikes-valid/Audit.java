// Names that only look reserved are valid and generate (COM0, LPT10, CONSOLE, NUL_, _CON), beside a
// reserved one that generates nothing.
package names;

import org.jiis.*;

public class Audit {

  @GlobalModule(name = "COM0", events = GlobalEvent.CACHE_CLEANUP)
  public static class Com0 extends Cleanup {}
  // expect module generated: COM0

  @GlobalModule(name = "Lpt10", events = GlobalEvent.CACHE_CLEANUP)
  public static class Lpt10 extends Cleanup {}
  // expect module generated: Lpt10

  @GlobalModule(name = "CONSOLE", events = GlobalEvent.CACHE_CLEANUP)
  public static class Console extends Cleanup {}
  // expect module generated: CONSOLE

  @GlobalModule(name = "NUL_", events = GlobalEvent.CACHE_CLEANUP)
  public static class NulUnderscore extends Cleanup {}
  // expect module generated: NUL_

  @GlobalModule(name = "_CON", events = GlobalEvent.CACHE_CLEANUP)
  public static class UnderscoreCon extends Cleanup {}
  // expect module generated: _CON

  @GlobalModule(name = "Com2", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.ReservedName] module name "Com2" is the Windows reserved device name COM2
  public static class Com2 extends Cleanup {}

  public abstract static class Cleanup implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
