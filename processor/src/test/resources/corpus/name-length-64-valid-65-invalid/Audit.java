// The longest valid name (64 characters) generates; one character more does not, whether the name
// is explicit or the class's own. Length counts characters, not UTF-16 units: 35 letters from
// outside the BMP (70 units) are not too long, they are not ASCII.
package names;

import org.jiis.*;

public class Audit {

  @GlobalModule(name = "AbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbZ", events = GlobalEvent.CACHE_CLEANUP)
  public static class Longest extends Cleanup {}
  // expect module generated: AbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbZ

  @GlobalModule(name = "AbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbZ", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "AbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbbZ" is 65 characters long; a module name is 1 to 64 ASCII letters
  public static class TooLong extends Cleanup {}

  @GlobalModule(name = "𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘𝔘" contains '𝔘'
  public static class Wide extends Cleanup {}

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
//^ [jiis.InvalidName] the default module name, the simple name of class "CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC", is 65 characters long; a module name is 1 to 64 ASCII letters
  public static class CCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCCC extends Cleanup {}

  @GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
  public static class DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD extends Cleanup {}
  // expect module generated: DDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDDD

  public abstract static class Cleanup implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
