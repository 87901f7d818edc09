// Events jiis cannot dispatch yet, first, between and after a supported one: each is reported on
// its own entry and the supported one is fine.
package events;

import org.jiis.*;

@GlobalModule(events = {GlobalEvent.STOP_LISTENING, GlobalEvent.CACHE_CLEANUP, GlobalEvent.SUSPEND_PROCESS,
//                                 ^ [jiis.UnsupportedEvent] jiis cannot dispatch STOP_LISTENING (OnGlobalStopListening) to Java yet; remove it from events
//                                                                                        ^ [jiis.UnsupportedEvent] jiis cannot dispatch SUSPEND_PROCESS (OnSuspendProcess) to Java yet
    GlobalEvent.APPLICATION_PRELOAD})
//             ^ [jiis.UnsupportedEvent] jiis cannot dispatch APPLICATION_PRELOAD (OnGlobalApplicationPreload) to Java yet
public class Audit implements CacheCleanupListener {

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }
}
