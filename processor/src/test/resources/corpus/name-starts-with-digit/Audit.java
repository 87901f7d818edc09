// Names that start with a digit, explicit and written as a constant expression.
package names;

import org.jiis.*;

public class Audit {

  static final String PREFIX = "2";

  @GlobalModule(name = "1Audit", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "1Audit" starts with a digit; a module name is 1 to 64 ASCII letters
  public static class Plain extends Cleanup {}

  @GlobalModule(name = PREFIX + "Audit", events = GlobalEvent.CACHE_CLEANUP)
  //                          ^ [jiis.InvalidName] module name "2Audit" starts with a digit
  public static class Constant extends Cleanup {}

  public abstract static class Cleanup implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
