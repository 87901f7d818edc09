package org.jiis.examples.serverwatch.threadcleanup;

import static org.jiis.GlobalEvent.HEALTH_CHECK;
import static org.jiis.GlobalEvent.THREAD_CLEANUP;

import org.jiis.EventLog;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.HealthCheckListener;
import org.jiis.ModuleContext;
import org.jiis.ThreadCleanupListener;
import org.jiis.event.ThreadCleanupProvider;

/**
 * A test-only module for {@link ThreadCleanupIT}: each handler writes which Java thread it ran on,
 * so the test can tell whether an IIS thread stays the same attached Java thread across thread
 * cleanups (the thread returns to the IIS pool; jiis must keep its attachment and its state).
 */
@GlobalModule(events = {HEALTH_CHECK, THREAD_CLEANUP})
public final class ThreadCleanupProbe implements HealthCheckListener, ThreadCleanupListener {

  private final EventLog log;

  public ThreadCleanupProbe(ModuleContext context) {
    this.log = context.eventLog();
  }

  @Override
  public GlobalNotificationStatus onHealthCheck() {
    log.info("health-check " + currentThread());
    return GlobalNotificationStatus.HANDLED;
  }

  @Override
  public GlobalNotificationStatus onThreadCleanup(ThreadCleanupProvider provider) {
    log.info("thread-cleanup " + currentThread());
    return GlobalNotificationStatus.CONTINUE;
  }

  private static String currentThread() {
    Thread thread = Thread.currentThread();
    return "java-thread=" + thread.getId() + " daemon=" + thread.isDaemon();
  }
}
