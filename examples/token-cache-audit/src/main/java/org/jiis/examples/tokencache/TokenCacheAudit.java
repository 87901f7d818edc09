package org.jiis.examples.tokencache;

import static org.jiis.GlobalEvent.CACHE_CLEANUP;
import static org.jiis.GlobalEvent.CACHE_OPERATION;

import org.jiis.CacheCleanupListener;
import org.jiis.CacheOperationListener;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.ModuleContext;
import org.jiis.Priority;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.TokenEntry;

/**
 * The {@code IHttpTokenEntry} sample of the IIS documentation as a jiis module: on every
 * token-cache operation it writes, in debug mode only, what the token entry holds to the event log.
 */
@GlobalModule(name = "TokenCacheAudit", events = {CACHE_OPERATION, CACHE_CLEANUP}, priority = Priority.FIRST)
public final class TokenCacheAudit implements CacheOperationListener, CacheCleanupListener {

  private final ModuleContext context;

  public TokenCacheAudit(ModuleContext context) {
    this.context = context;
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    if (context.debugEnabled()) {
      CacheRecord record = provider.record();
      if (record instanceof TokenEntry token) {
        context.eventLog().info(describe(token));
      }
    }
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  static String describe(TokenEntry token) {
    return "<cacheProvider><tokenEntry"
        + " impersonationToken=\"" + token.impersonationToken().describe() + "\""
        + " primaryToken=\"" + token.primaryToken().describe() + "\""
        + " sid=\"" + (token.sid() != null) + "\""
        + "/></cacheProvider>";
  }
}
