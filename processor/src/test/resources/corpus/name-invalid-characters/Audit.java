// Explicit names with characters a module name cannot hold, including the ones that would need
// escaping in the generated files (quotes, backslash, line break, tab, dollar, percent, space): each is
// rejected by validation, which is why no such character can reach a generated file.
package names;

import org.jiis.*;

public class Audit {

  @GlobalModule(name = "Audit.dll", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "Audit.dll" contains '.'; a module name is 1 to 64 ASCII letters, digits or underscores, not starting with a digit; choose another name
  public static class Dot extends Cleanup {}

  @GlobalModule(name = "say \"hi\"", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "say \"hi\"" contains ' '
  public static class Quote extends Cleanup {}

  @GlobalModule(name = "back\\slash", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "back\\slash" contains '\\'
  public static class Backslash extends Cleanup {}

  @GlobalModule(name = "two\nlines", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "two\nlines" contains '\n'
  public static class Newline extends Cleanup {}

  @GlobalModule(name = "tab\tbed", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "tab\tbed" contains '\t'
  public static class Tab extends Cleanup {}

  @GlobalModule(name = "Price$", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "Price$" contains '$'
  public static class Dollar extends Cleanup {}

  @GlobalModule(name = "Cost%", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "Cost%" contains '%'
  public static class Percent extends Cleanup {}

  @GlobalModule(name = "it's", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "it's" contains '\''
  public static class Apostrophe extends Cleanup {}

  @GlobalModule(name = " Audit", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name " Audit" contains ' '
  public static class LeadingSpace extends Cleanup {}

  @GlobalModule(name = "my-audit", events = GlobalEvent.CACHE_CLEANUP)
  //                   ^ [jiis.InvalidName] module name "my-audit" contains '-'
  public static class Dash extends Cleanup {}

  public abstract static class Cleanup implements CacheCleanupListener {
    @Override
    public GlobalNotificationStatus onCacheCleanup() {
      return GlobalNotificationStatus.CONTINUE;
    }
  }
}
