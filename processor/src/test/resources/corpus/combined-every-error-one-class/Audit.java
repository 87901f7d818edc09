// One class breaking many rules at once: every error is reported together, each at its place.
package combined;

import java.io.IOException;
import org.jiis.*;

@GlobalModule(name = "com3", events = {GlobalEvent.CACHE_OPERATION, GlobalEvent.HEALTH_CHECK, GlobalEvent.HEALTH_CHECK})
//                   ^ [jiis.ReservedName] module name "com3" is the Windows reserved device name COM3
//                                                ^ [jiis.MissingListener] events lists CACHE_OPERATION but Audit does not implement org.jiis.CacheOperationListener
//                                                                             ^ [jiis.MissingListener] events lists HEALTH_CHECK but Audit does not implement org.jiis.HealthCheckListener
//                                                                                                       ^ [jiis.DuplicateEvent] HEALTH_CHECK is already listed in events
//                                    ^ [jiis.UnlistedListener] Audit implements org.jiis.CacheCleanupListener but events does not list CACHE_CLEANUP
abstract class Audit<T> implements CacheCleanupListener {
//       ^ [jiis.AbstractClass] module class Audit is abstract
//       ^ [jiis.NotPublic] module class Audit is not public
//                   ^ [jiis.GenericClass] module class Audit declares type parameter T

  public Audit(ModuleContext context) throws IOException {}
  //     ^ [jiis.ConstructorThrows] constructor Audit(ModuleContext) declares checked exception java.io.IOException
}
