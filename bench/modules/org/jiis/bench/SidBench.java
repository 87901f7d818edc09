package org.jiis.bench;

import static org.jiis.GlobalEvent.CACHE_CLEANUP;
import static org.jiis.GlobalEvent.CACHE_OPERATION;

import org.jiis.CacheCleanupListener;
import org.jiis.CacheOperationListener;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.ModuleContext;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.TokenEntry;
import org.jiis.security.Sid;

/**
 * Case (e) of the benchmark: reads the record as a token entry and its SID as text on every event.
 * The cleanup event reports the last SID read, so the benchmark can check the work really happened.
 */
@GlobalModule(name = "BenchSid", events = {CACHE_OPERATION, CACHE_CLEANUP})
public final class SidBench implements CacheOperationListener, CacheCleanupListener {

  /** The prefix of the entry {@link #onCacheCleanup} writes; the benchmark looks for it. */
  public static final String LAST_SID = "last SID read: ";

  private final ModuleContext context;
  /**
   * The last SID text read. Compared on every event but written only when it changes, so two
   * threads reading the same record never fight over the field's cache line.
   */
  private volatile String lastSid = "none";

  public SidBench(ModuleContext context) {
    this.context = context;
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    if (provider.record() instanceof TokenEntry token) {
      Sid sid = token.sid();
      if (sid != null) {
        String text = sid.toString();
        if (!text.equals(lastSid)) {
          lastSid = text;
        }
      }
    }
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    context.eventLog().info(LAST_SID + lastSid);
    return GlobalNotificationStatus.CONTINUE;
  }
}
