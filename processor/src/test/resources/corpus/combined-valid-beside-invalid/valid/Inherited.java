// Valid modules beside invalid ones in one compilation: the valid ones generate in full, the
// invalid ones nothing. The valid ones get their listeners through a superclass and through a
// superinterface (implementing a listener by inheritance counts), are nested in a generic class
// and in an interface, or sit in the unnamed package.
package valid;

import org.jiis.*;
import org.jiis.cache.CacheProvider;

@GlobalModule(events = {GlobalEvent.CACHE_OPERATION, GlobalEvent.CACHE_CLEANUP}, priority = Priority.HIGH)
public class Inherited extends OperationBase implements CleanupAware {

  public Inherited(ModuleContext context) {}

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
// expect module generated: Inherited

abstract class OperationBase implements CacheOperationListener {
  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    return GlobalNotificationStatus.CONTINUE;
  }
}

interface CleanupAware extends CacheCleanupListener {}
