package org.jiis.bench;

import static org.jiis.GlobalEvent.CACHE_OPERATION;

import org.jiis.CacheOperationListener;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheProvider;

/** Case (d) of the benchmark: the cheapest handler there is, so the figure is jiis's own cost. */
@GlobalModule(name = "BenchContinue", events = CACHE_OPERATION)
public final class ContinueBench implements CacheOperationListener {

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    return GlobalNotificationStatus.CONTINUE;
  }
}
