package org.jiis.examples.reliability;

import static org.jiis.GlobalEvent.CACHE_CLEANUP;
import static org.jiis.GlobalEvent.CACHE_OPERATION;

import java.lang.management.ManagementFactory;
import java.util.concurrent.atomic.LongAdder;
import org.jiis.CacheCleanupListener;
import org.jiis.CacheOperationListener;
import org.jiis.EventLog;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.ModuleContext;
import org.jiis.cache.CacheKey;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.FileInfo;
import org.jiis.cache.FileKey;
import org.jiis.cache.RetainedRecord;
import org.jiis.cache.TokenEntry;
import org.jiis.cache.TokenKey;
import org.jiis.cache.UriKey;

/**
 * The load and leak tests' module; not an example to copy. Every cache operation reads its record
 * through the views (strings, SIDs, handles: the JNI paths), every {@value #RETAIN_EVERY}th call
 * of a thread retains the record and closes it, and every {@value #FAIL_EVERY}th call of a thread
 * throws while holding it. A cache cleanup writes the counts and a {@link ThreadCensus} to the
 * event log, as does the constructor (with the JVM's arguments), so a test can compare them.
 */
@GlobalModule(name = "MixedLoad", events = {CACHE_OPERATION, CACHE_CLEANUP})
public final class MixedLoad implements CacheOperationListener, CacheCleanupListener {

  public static final int FAIL_EVERY = 10;
  public static final int RETAIN_EVERY = 5;

  private final EventLog log;
  private final ThreadLocal<long[]> callsOnThisThread = ThreadLocal.withInitial(() -> new long[1]);
  private final LongAdder tokens = new LongAdder();
  private final LongAdder files = new LongAdder();
  private final LongAdder uris = new LongAdder();
  private final LongAdder retained = new LongAdder();
  private final LongAdder failures = new LongAdder();
  /** Keeps what the handler read reachable, so the reads cannot be optimized away. */
  private volatile int digest;

  public MixedLoad(ModuleContext context) {
    this.log = context.eventLog();
    log.info("MixedLoad started: " + ThreadCensus.take() + "; JVM arguments "
        + ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    long call = ++callsOnThisThread.get()[0];
    CacheKey key = provider.key();
    count(key);
    CacheRecord record = provider.record();
    digest += read(key) + read(record);
    if (record != null && call % RETAIN_EVERY == 0) {
      try (RetainedRecord kept = record.retain()) {
        retained.increment();
        digest += read(kept.record());
        if (call % FAIL_EVERY == 0) {
          failures.increment();
          throw new IllegalStateException(
              "MixedLoad fails call " + call + " of this thread on purpose, holding a retained record");
        }
      }
    }
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    log.info("MixedLoad counts: tokens=" + tokens.sum() + " files=" + files.sum() + " uris="
        + uris.sum() + " retained=" + retained.sum() + " failures=" + failures.sum());
    log.info("MixedLoad census: " + ThreadCensus.take());
    return GlobalNotificationStatus.CONTINUE;
  }

  private void count(CacheKey key) {
    if (key instanceof TokenKey) {
      tokens.increment();
    } else if (key instanceof FileKey) {
      files.increment();
    } else if (key instanceof UriKey) {
      uris.increment();
    }
  }

  private static int read(CacheKey key) {
    if (key instanceof TokenKey token) {
      return token.userName().length() + token.logonMethod();
    }
    if (key instanceof UriKey uri) {
      return uri.url().length() + uri.siteName().length() + uri.siteId();
    }
    return key == null ? 0 : key.cacheName().length();
  }

  private static int read(CacheRecord record) {
    if (record instanceof TokenEntry token) {
      return (token.sid() == null ? 0 : token.sid().hashCode())
          + token.impersonationToken().hashCode() + token.primaryToken().hashCode();
    }
    if (record instanceof FileInfo file) {
      return file.filePath().length() + (int) file.size()
          + (file.etag() == null ? 0 : file.etag().length());
    }
    return record == null ? 0 : record.key() == null ? 1 : read(record.key());
  }
}
