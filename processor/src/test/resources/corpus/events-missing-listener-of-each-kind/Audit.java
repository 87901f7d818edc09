// Events of each parameter kind (a provider, none, the suspend callback's out parameter), first,
// between and after one whose listener is implemented: each missing listener is reported on its
// own entry and the implemented one is fine.
package events;

import org.jiis.*;

@GlobalModule(events = {GlobalEvent.STOP_LISTENING, GlobalEvent.CACHE_CLEANUP, GlobalEvent.SUSPEND_PROCESS,
//                                 ^ [jiis.MissingListener] events lists STOP_LISTENING but Audit does not implement org.jiis.StopListeningListener; add 'implements StopListeningListener' to Audit or remove STOP_LISTENING from events
//                                                                                        ^ [jiis.MissingListener] events lists SUSPEND_PROCESS but Audit does not implement org.jiis.SuspendProcessListener
    GlobalEvent.HEALTH_CHECK})
//             ^ [jiis.MissingListener] events lists HEALTH_CHECK but Audit does not implement org.jiis.HealthCheckListener
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
