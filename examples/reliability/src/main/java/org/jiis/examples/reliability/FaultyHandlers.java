package org.jiis.examples.reliability;

import static org.jiis.GlobalEvent.CACHE_OPERATION;

import org.jiis.CacheOperationListener;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheProvider;
import org.jiis.cache.TokenKey;

/**
 * A module that fails on purpose, for the reliability tests; not an example to copy. What it does
 * with a cache operation is named by the token key's user name; other events continue untouched.
 */
@GlobalModule(name = "FaultyHandlers", events = CACHE_OPERATION)
public final class FaultyHandlers implements CacheOperationListener {

  /** Throws an {@link IllegalStateException}. */
  public static final String THROW_RUNTIME_EXCEPTION = "throw-runtime-exception";
  /** Throws an {@link Error}. */
  public static final String THROW_ERROR = "throw-error";
  /** Recurses until the thread's stack overflows ({@link StackOverflowError}). */
  public static final String OVERFLOW_STACK = "overflow-stack";
  /** Calls {@code System.exit(}{@value #EXIT_STATUS}{@code )}. */
  public static final String EXIT = "exit";
  /** Sleeps a millisecond, then throws: a steady flood of failures over time. */
  public static final String FAIL_SLOWLY = "fail-slowly";
  /** Answers {@code HANDLED}, which only the Java handler does: proof the event reached it. */
  public static final String HANDLE = "handle";

  public static final int EXIT_STATUS = 3;

  @Override
  public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
    if (!(provider.key() instanceof TokenKey key)) {
      return GlobalNotificationStatus.CONTINUE;
    }
    switch (key.userName()) {
      case THROW_RUNTIME_EXCEPTION -> throw new IllegalStateException("FaultyHandlers fails on purpose");
      case THROW_ERROR -> throw new Error("FaultyHandlers throws an Error on purpose");
      case OVERFLOW_STACK -> {
        return recurse(0) > 0 ? GlobalNotificationStatus.HANDLED : GlobalNotificationStatus.CONTINUE;
      }
      case EXIT -> System.exit(EXIT_STATUS);
      case FAIL_SLOWLY -> {
        sleepOneMillisecond();
        throw new IllegalStateException("FaultyHandlers fails slowly on purpose");
      }
      case HANDLE -> {
        return GlobalNotificationStatus.HANDLED;
      }
      default -> {
        // Not one of the faults: continue.
      }
    }
    return GlobalNotificationStatus.CONTINUE;
  }

  /** Never returns: each call needs a new stack frame until there is none left. */
  private static int recurse(int depth) {
    return recurse(depth + 1) + 1;
  }

  private static void sleepOneMillisecond() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
