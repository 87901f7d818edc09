// Without an explicit name a module is named after its class, so a class whose name has non-ASCII
// letters or a '$' (fine in Java) needs an explicit name. The error is on the annotation, since
// there is no name value to point at.
package names;

import org.jiis.*;

public class Names {

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//^ [jiis.InvalidName] the default module name, the simple name of class "Modulé", contains 'é'; a module name is 1 to 64 ASCII letters, digits or underscores, not starting with a digit; set @GlobalModule(name = "...")
  public static class Modulé extends Cleanup {}

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//^ [jiis.InvalidName] the default module name, the simple name of class "Ñandú", contains 'Ñ'
  public static class Ñandú extends Cleanup {}

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//^ [jiis.InvalidName] the default module name, the simple name of class "𝔘nit", contains '𝔘'
  public static class 𝔘nit extends Cleanup {}

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//^ [jiis.InvalidName] the default module name, the simple name of class "模块", contains '模'
  public static class 模块 extends Cleanup {}

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//^ [jiis.InvalidName] the default module name, the simple name of class "Price$Log", contains '$'
  public static class Price$Log extends Cleanup {}

  // Fine: an explicit ASCII name.
  @GlobalModule(name = "Ascii", events = GlobalEvent.CACHE_CLEANUP)
  public static class Ünïcödé extends Cleanup {}
  // expect module generated: Ascii

  public abstract static class Cleanup implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
