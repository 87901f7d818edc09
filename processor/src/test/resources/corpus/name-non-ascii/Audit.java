// Explicit names with non-ASCII letters and digits (Latin, Greek, CJK, a character outside the
// BMP, a fullwidth digit, an invisible right-to-left override): a module name is ASCII only.
package names;

import org.jiis.*;

public class Audit {

  @GlobalModule(name = "Äudit", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "Äudit" contains 'Ä'; a module name is 1 to 64 ASCII letters
  public static class Latin extends Cleanup {}

  @GlobalModule(name = "AuditΩ", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "AuditΩ" contains 'Ω'
  public static class Greek extends Cleanup {}

  @GlobalModule(name = "模块", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "模块" contains '模'
  public static class Cjk extends Cleanup {}

  @GlobalModule(name = "Mod\uD835\uDD18le", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "Mod𝔘le" contains '𝔘'
  public static class Supplementary extends Cleanup {}

  @GlobalModule(name = "Audit１", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "Audit１" contains '１'
  public static class FullwidthDigit extends Cleanup {}

  @GlobalModule(name = "١Audit", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "١Audit" contains '١'
  public static class ArabicIndicDigitFirst extends Cleanup {}

  @GlobalModule(name = "Audit\u202Etxt", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "Audit\u202Etxt" contains '\u202E'
  public static class RightToLeftOverride extends Cleanup {}

  public abstract static class Cleanup implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
