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
  /** Allocates until the heap is exhausted ({@link OutOfMemoryError}). */
  public static final String EXHAUST_HEAP = "exhaust-heap";
  /** Throws an exception whose message and string form throw in turn. */
  public static final String THROW_UNPRINTABLE = "throw-unprintable";
  /** Sets the thread's interrupt flag and returns. */
  public static final String INTERRUPT = "interrupt";
  /** Answers {@code HANDLED} if the thread's interrupt flag is clear, else {@code CONTINUE}. */
  public static final String CHECK_INTERRUPT = "check-interrupt";
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
      case EXHAUST_HEAP -> exhaustHeap();
      case THROW_UNPRINTABLE -> throw new Unprintable();
      case INTERRUPT -> Thread.currentThread().interrupt();
      case CHECK_INTERRUPT -> {
        return Thread.currentThread().isInterrupted()
            ? GlobalNotificationStatus.CONTINUE
            : GlobalNotificationStatus.HANDLED;
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

  /** Never returns: holds on to 1 MB blocks until there is no room for another. */
  private static void exhaustHeap() {
    java.util.List<byte[]> blocks = new java.util.ArrayList<>();
    while (true) {
      blocks.add(new byte[1 << 20]);
    }
  }

  /** An exception that cannot be described: its message and its string form throw. */
  private static final class Unprintable extends RuntimeException {
    private static final long serialVersionUID = 1L;

    @Override
    public String getMessage() {
      throw new IllegalStateException("Unprintable.getMessage fails on purpose");
    }

    @Override
    public String toString() {
      throw new IllegalStateException("Unprintable.toString fails on purpose");
    }
  }

  private static void sleepOneMillisecond() {
    try {
      Thread.sleep(1);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
