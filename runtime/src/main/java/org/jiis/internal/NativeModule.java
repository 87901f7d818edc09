package org.jiis.internal;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import org.jiis.EventLog;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;

/**
 * The Java side of one native module: native code creates it once with {@link #start} and calls its
 * entry points from IIS worker threads.
 *
 * <p>Every entry point binds this thread's reusable views to the event's pointers, calls the
 * dispatcher's hook, and invalidates the views when the hook returns. Nothing escapes: any
 * {@link Throwable} (errors and {@link StackOverflowError} included) is logged with its stack trace
 * and the event continues. Those log entries are rate-limited, so a handler failing on every event
 * cannot flood the event log. When the handler touches nothing, an event allocates nothing.
 */
public final class NativeModule {

  /** The contained-failure log entries written per second before the rest are only counted. */
  static final int FAILURE_ENTRIES_PER_SECOND = 10;

  private static final int CONTINUE = GlobalNotificationStatus.CONTINUE.value();

  private final String moduleName;
  private final ModuleDispatcher dispatcher;
  private final RateLimitedEventLog failureLog;
  private final ThreadLocal<CallbackStack> callbackStacks;
  /** The {@link GlobalEvent#bit()}s whose hook has returned {@code null} (warned once each). */
  private final AtomicInteger nullStatusWarned = new AtomicInteger();
  private final AtomicBoolean terminated = new AtomicBoolean();
  /** The loader of the module's classes: each event's thread context class loader. */
  private final ClassLoader moduleLoader;

  private NativeModule(
      String moduleName, ModuleDispatcher dispatcher, NativeAccess natives, RateLimitedEventLog failureLog) {
    this.moduleName = moduleName;
    this.dispatcher = dispatcher;
    this.failureLog = failureLog;
    this.callbackStacks = new CallbackStacks(natives);
    this.moduleLoader = dispatcher.getClass().getClassLoader();
  }

  /**
   * Creates the module: loads {@code dispatcherClassName} with the class loader of the jiis runtime
   * (initializing it) and constructs it with a {@link org.jiis.ModuleContext} whose event log writes
   * through {@code natives}.
   *
   * @param moduleName the module's name, as in {@code @GlobalModule}
   * @param dispatcherClassName the binary name of the generated {@code <Name>Dispatcher}
   * @param natives the module's generated {@code <Name>Natives}, already bound
   * @param debug whether {@code debug=true} is set in the module's settings
   * @throws ModuleStartException naming the module, what failed and what to fix
   */
  public static NativeModule start(
      String moduleName, String dispatcherClassName, NativeAccess natives, boolean debug) {
    return start(moduleName, dispatcherClassName, natives, debug, SystemClock.INSTANCE);
  }

  static NativeModule start(
      String moduleName, String dispatcherClassName, NativeAccess natives, boolean debug,
      LongSupplier nanoClock) {
    try {
      if (moduleName == null || dispatcherClassName == null || natives == null) {
        throw new IllegalArgumentException(
            "moduleName, dispatcherClassName and natives are required, got "
                + moduleName + ", " + dispatcherClassName + ", " + natives);
      }
      EventLog log = new NativeEventLog(natives);
      ModuleDispatcher dispatcher =
          DispatcherFactory.create(dispatcherClassName, new NativeModuleContext(moduleName, debug, log));
      RateLimitedEventLog failureLog =
          new RateLimitedEventLog(log, moduleName, FAILURE_ENTRIES_PER_SECOND, nanoClock);
      return new NativeModule(moduleName, dispatcher, natives, failureLog);
    } catch (ModuleStartException e) {
      throw e;
    } catch (Throwable e) {
      throw new ModuleStartException("Module " + moduleName + " cannot start: " + e, e);
    }
  }

  /**
   * {@code OnGlobalCacheOperation}: calls {@link ModuleDispatcher#onCacheOperation}.
   *
   * @param provider the {@code ICacheProvider*}
   * @return a {@code GLOBAL_NOTIFICATION_STATUS} value
   */
  public int cacheOperation(long provider) {
    return dispatch(GlobalEvent.CACHE_OPERATION, CACHE_OPERATION, provider);
  }

  /**
   * {@code OnGlobalCacheCleanup}: calls {@link ModuleDispatcher#onCacheCleanup}.
   *
   * @return a {@code GLOBAL_NOTIFICATION_STATUS} value
   */
  public int cacheCleanup() {
    return dispatch(GlobalEvent.CACHE_CLEANUP, CACHE_CLEANUP, 0);
  }

  /** How an entry point reaches its dispatcher hook, given the callback's frame and the IIS pointer. */
  @FunctionalInterface
  private interface Hook {
    GlobalNotificationStatus call(ModuleDispatcher dispatcher, CallbackFrame frame, long pointer);
  }

  /*
   * The start path uses no lambdas, method references or string concatenation: each kind's first
   * use in a JVM bootstraps java.lang.invoke, which cost RegisterModule about 25 ms (bench/).
   * Hooks are constants, so an event allocates nothing.
   */
  private static final Hook CACHE_OPERATION = new Hook() {
    @Override
    public GlobalNotificationStatus call(
        ModuleDispatcher dispatcher, CallbackFrame frame, long provider) {
      return dispatcher.onCacheOperation(frame.provider(provider));
    }
  };

  private static final Hook CACHE_CLEANUP = new Hook() {
    @Override
    public GlobalNotificationStatus call(
        ModuleDispatcher dispatcher, CallbackFrame frame, long unused) {
      return dispatcher.onCacheCleanup();
    }
  };

  /** Each thread's callback stack, created on the thread's first event. */
  private static final class CallbackStacks extends ThreadLocal<CallbackStack> {
    private final NativeAccess natives;

    CallbackStacks(NativeAccess natives) {
      this.natives = natives;
    }

    @Override
    protected CallbackStack initialValue() {
      return new CallbackStack(natives);
    }
  }

  /** {@link System#nanoTime}, the clock of the failure log's rate limit. */
  private static final class SystemClock implements LongSupplier {
    static final SystemClock INSTANCE = new SystemClock();

    @Override
    public long getAsLong() {
      return System.nanoTime();
    }
  }

  /**
   * The one path of every event: pass through once terminated; otherwise run the hook on a fresh
   * callback frame of this thread, with the module's class loader as the thread's context class
   * loader (a worker thread may serve several modules), and contain whatever it throws.
   */
  private int dispatch(GlobalEvent event, Hook hook, long pointer) {
    if (terminated.get()) {
      return CONTINUE;
    }
    try {
      Thread thread = Thread.currentThread();
      ClassLoader previousLoader = thread.getContextClassLoader();
      CallbackStack stack = callbackStacks.get();
      CallbackFrame frame = stack.push();
      thread.setContextClassLoader(moduleLoader);
      try {
        return status(hook.call(dispatcher, frame, pointer), event);
      } finally {
        thread.setContextClassLoader(previousLoader);
        stack.pop();
      }
    } catch (Throwable thrown) {
      return containEvent(thrown, event);
    }
  }

  /**
   * {@code CGlobalModule::Terminate}: calls {@link ModuleDispatcher#onTerminate} once and writes
   * any pending count of suppressed log entries. Later events return {@code CONTINUE} without
   * reaching the module.
   */
  public void terminate() {
    if (!terminated.compareAndSet(false, true)) {
      return;
    }
    try {
      dispatcher.onTerminate();
    } catch (Throwable thrown) {
      contain(thrown, "terminate hook", "the module is terminated anyway");
    }
    try {
      failureLog.flush();
    } catch (Throwable ignored) {
      // Writing the log failed; there is nowhere left to report that.
    }
  }

  /**
   * The text native code logs for a throwable it caught from Java, such as the
   * {@link ModuleStartException} of {@link #start}: its stack trace with causes. Never throws.
   */
  public static String describeFailure(Throwable thrown) {
    try {
      return NativeEventLog.stackTrace(thrown);
    } catch (Throwable formatting) {
      return thrown.getClass().getName() + " (its stack trace could not be formatted: "
          + formatting.getClass().getName() + ")";
    }
  }

  /** The module's dispatcher. */
  ModuleDispatcher dispatcher() {
    return dispatcher;
  }

  private int status(GlobalNotificationStatus status, GlobalEvent event) {
    if (status != null) {
      return status.value();
    }
    if (firstNullStatus(event)) {
      failureLog.warning(
          "Module " + moduleName + ": the " + event.name() + " handler returned null; jiis treats"
              + " it as CONTINUE (GL_NOTIFICATION_CONTINUE). Return GlobalNotificationStatus.CONTINUE"
              + " explicitly. This warning is written once.");
    }
    return CONTINUE;
  }

  private boolean firstNullStatus(GlobalEvent event) {
    int bit = event.bit();
    while (true) {
      int warned = nullStatusWarned.get();
      if ((warned & bit) != 0) {
        return false;
      }
      if (nullStatusWarned.compareAndSet(warned, warned | bit)) {
        return true;
      }
    }
  }

  /** Logs what an event's hook threw and returns CONTINUE; never throws. */
  private int containEvent(Throwable thrown, GlobalEvent event) {
    contain(thrown, event.name() + " handler", "the event continues (GL_NOTIFICATION_CONTINUE)");
    return CONTINUE;
  }

  /** Logs what a hook threw, with its stack trace; never throws. */
  private void contain(Throwable thrown, String hook, String outcome) {
    try {
      String message =
          "Module " + moduleName + ": the " + hook + " threw " + thrown.getClass().getName()
              + "; " + outcome + ".";
      try {
        failureLog.error(message, thrown);
      } catch (Throwable formatting) {
        // The throwable's own getMessage or toString may throw: say so without calling them again.
        failureLog.error(
            message + " Its stack trace could not be written: " + formatting.getClass().getName());
      }
    } catch (Throwable ignored) {
      // Out of memory or a broken log: the event must still return to IIS.
    }
  }
}
