package org.jiis.examples.tokencache.lifetime;

import static org.jiis.GlobalEvent.CACHE_CLEANUP;
import static org.jiis.GlobalEvent.CACHE_OPERATION;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;
import org.jiis.CacheCleanupListener;
import org.jiis.CacheOperationListener;
import org.jiis.EventLog;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.ModuleContext;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.CacheRecord;
import org.jiis.cache.RetainedRecord;
import org.jiis.cache.TokenKey;

/**
 * A test-only module that breaks and follows the lifetime rules of cache views, for {@code
 * RecordLifetimeIT}; not an example to copy. What it does with a token-cache operation is named by
 * the token key's user name; the following cache cleanup then does the "later" part and writes
 * what happened to the event log, where the test reads it from the simulator's report.
 */
@GlobalModule(name = "RecordLifetimeProbe", events = {CACHE_OPERATION, CACHE_CLEANUP})
public final class RecordLifetimeProbe implements CacheOperationListener, CacheCleanupListener {

  /** Keeps the provider and its record; the cleanup uses them, then uses the record on another thread. */
  public static final String KEEP_VIEWS = "keep-views";
  /** Retains the record; the cleanup reads and closes it (twice) on another thread, then reads it again. */
  public static final String RETAIN_AND_CLOSE = "retain-and-close";
  /** Retains the record and never closes it. */
  public static final String RETAIN_AND_KEEP = "retain-and-keep";

  private final EventLog log;
  private final AtomicReference<CacheProvider> keptProvider = new AtomicReference<>();
  private final AtomicReference<CacheRecord> keptRecord = new AtomicReference<>();
  private final List<RetainedRecord> toClose = new CopyOnWriteArrayList<>();
  private final List<RetainedRecord> neverClosed = new CopyOnWriteArrayList<>();

  public RecordLifetimeProbe(ModuleContext context) {
    this.log = context.eventLog();
  }

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    if (provider.key() instanceof TokenKey key) {
      switch (key.userName()) {
        case KEEP_VIEWS -> {
          keptProvider.set(provider);
          keptRecord.set(provider.record());
        }
        case RETAIN_AND_CLOSE -> toClose.add(provider.record().retain());
        case RETAIN_AND_KEEP -> neverClosed.add(provider.record().retain());
        default -> log.warning("RecordLifetimeProbe: no behaviour named " + key.userName());
      }
    }
    return GlobalNotificationStatus.CONTINUE;
  }

  @Override
  public GlobalNotificationStatus onCacheCleanup() {
    CacheProvider provider = keptProvider.getAndSet(null);
    CacheRecord record = keptRecord.getAndSet(null);
    if (provider != null) {
      log.info("kept provider, later: " + outcome(provider::operation));
      log.info("kept record, later: " + outcome(record::isFlushed));
      onAnotherThread(() -> log.info("kept record, on another thread: " + outcome(record::key)));
    }
    for (RetainedRecord retained : toClose) {
      toClose.remove(retained);
      onAnotherThread(() -> {
        TokenKey key = (TokenKey) retained.record().key();
        log.info("retained record, on another thread: user " + key.userName());
        retained.close();
        retained.close();
        log.info("retained record, after close: " + outcome(retained.record()::isFlushed));
      });
    }
    return GlobalNotificationStatus.CONTINUE;
  }

  /** "returned <value>", or the exception's class and message. */
  private static String outcome(Supplier<?> use) {
    try {
      return "returned " + use.get();
    } catch (RuntimeException e) {
      return e.getClass().getSimpleName() + ": " + e.getMessage();
    }
  }

  private void onAnotherThread(Runnable work) {
    Thread thread = new Thread(work, "record-lifetime-probe");
    thread.start();
    try {
      thread.join();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      log.error("RecordLifetimeProbe: interrupted while waiting for its thread");
    }
  }
}
