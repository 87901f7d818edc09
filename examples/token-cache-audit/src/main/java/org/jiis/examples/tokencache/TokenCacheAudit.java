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
import org.jiis.cache.TokenEntry;
import org.jiis.security.Sid;

/**
 * The {@code IHttpTokenEntry} sample of the IIS documentation ({@code CGlobalCacheModule}) as a
 * jiis module. On a cache operation whose record is a token-cache entry it writes, in debug mode
 * only, an information entry such as
 *
 * <pre>{@code
 * <cacheProvider><tokenEntry impersonationToken="valid" primaryToken="valid" sid="true"/></cacheProvider>
 * }</pre>
 *
 * <p>where each token reads {@code valid}, {@code NULL} or {@code INVALID_HANDLE_VALUE}, as the
 * sample prints handles, and {@code sid} says whether the entry has a SID ({@code true} or
 * {@code false}), as the output shown on the documentation's {@code IHttpTokenEntry} page does. Every other cache operation writes nothing. Both events
 * return {@code CONTINUE} so the modules after this one still see them.
 */
@GlobalModule(
    name = "TokenCacheAudit",
    events = {CACHE_OPERATION, CACHE_CLEANUP},
    priority = Priority.FIRST)
public final class TokenCacheAudit implements CacheOperationListener, CacheCleanupListener {

  private final ModuleContext context;

  public TokenCacheAudit(ModuleContext context) {
    this.context = context;
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    // The sample's event writer writes only in a debug build.
    if (context.debugEnabled() && provider.record() instanceof TokenEntry token) {
      context.eventLog().info(describe(token));
    }
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    return GlobalNotificationStatus.CONTINUE;
  }

  private static String describe(TokenEntry token) {
    return "<cacheProvider><tokenEntry"
        + " impersonationToken=\"" + token.impersonationToken().describe() + "\""
        + " primaryToken=\"" + token.primaryToken().describe() + "\""
        + " sid=\"" + describe(token.sid()) + "\""
        + "/></cacheProvider>";
  }

  /**
   * The documentation page shows {@code sid="true"}. (The sample's code would print the SID through
   * its {@code HANDLE} overload, giving {@code valid}; we follow the documented output.)
   */
  private static String describe(Sid sid) {
    return Boolean.toString(sid != null);
  }
}
