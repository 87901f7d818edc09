// An empty events array, written both ways. The class implements a listener, but with no events at
// all only [jiis.NoEvents] is reported.
package events;

import org.jiis.*;

@GlobalModule(events = {})
//                     ^ [jiis.NoEvents] events is empty, so IIS would never call module class Audit; list at least one GlobalEvent
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  @GlobalModule(name = "Spaced", events = {   }, priority = Priority.HIGH)
  //                                      ^ [jiis.NoEvents] events is empty, so IIS would never call module class Nested
  public static class Nested {}
}
