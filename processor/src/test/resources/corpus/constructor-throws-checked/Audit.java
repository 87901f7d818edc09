// The chosen constructor declares checked exceptions (a JDK one and the module's own); an unchecked
// exception in the same throws clause is fine. Only the first checked exception is reported.
package constructors;

import java.io.IOException;
import org.jiis.*;

@GlobalModule(events = GlobalEvent.CACHE_CLEANUP)
public class Audit implements CacheCleanupListener {

  public static class SetupException extends Exception {}

  public Audit() throws IllegalStateException, IOException, SetupException {}
  //     ^ [jiis.ConstructorThrows] constructor Audit() declares checked exception java.io.IOException, but jiis creates the module inside IIS's RegisterModule

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
