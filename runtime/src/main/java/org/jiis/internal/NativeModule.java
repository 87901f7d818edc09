package org.jiis.internal;

import java.lang.invoke.MethodHandles;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
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
 *
 * <p>Code of the module that calls {@code System.exit} is named in the event log ({@link
 * ExitWitness}) before the JVM ends the worker process.
 *
 * <p>The thread belongs to IIS: an interrupt a handler leaves on it is cleared when the thread goes
 * back to IIS, so that it cannot reach the next event (another module's, perhaps) as a spurious
 * interrupt.
 */
public final class NativeModule {

  /** The contained-failure log entries written per second before the rest are only counted. */
  static final int FAILURE_ENTRIES_PER_SECOND = 10;

  /**
   * What a foreign-function upcall stub returns when a throwable escaped its entry point (which
   * contains the handler's failures, so only the containment itself failing gets here): never a
   * {@code GLOBAL_NOTIFICATION_STATUS}. Native code then reports {@link #takeEscaped()}.
   */
  public static final int UPCALL_ESCAPED = -1;

  private static final int CONTINUE = GlobalNotificationStatus.CONTINUE.value();

  private final String moduleName;
  private final ModuleDispatcher dispatcher;
  private final RateLimitedEventLog failureLog;
  private final ThreadLocal<CallbackStack> callbackStacks;
  /** The {@link GlobalEvent#bit()}s whose hook has returned {@code null} (warned once each). */
  private final AtomicInteger nullStatusWarned = new AtomicInteger();
  private final AtomicBoolean terminated;
  /** The loader of the module's classes: each event's thread context class loader. */
  private final ClassLoader moduleLoader;
  /** The module's {@code HTTP_MODULE_ID}, which {@code IGlobalTraceEventProvider::CheckSubscription} takes. */
  private final long moduleId;
  /**
   * What the next {@code IGlobalSuspendProcessCallback::Resume} runs: set through the
   * {@link org.jiis.event.SuspendProcessProvider} of {@code OnSuspendProcess}, taken by
   * {@link #resume()}.
   */
  private final AtomicReference<Runnable> resumeAction = new AtomicReference<>();
  /** The throwable the last {@link #UPCALL_ESCAPED} left for native code to report. */
  private final AtomicReference<Throwable> escaped = new AtomicReference<>();

  private NativeModule(
      String moduleName, ModuleDispatcher dispatcher, NativeAccess natives, RateLimitedEventLog failureLog,
      AtomicBoolean terminated, long moduleId) {
    this.moduleName = moduleName;
    this.dispatcher = dispatcher;
    this.failureLog = failureLog;
    this.callbackStacks = new CallbackStacks(natives);
    this.moduleLoader = dispatcher.getClass().getClassLoader();
    this.terminated = terminated;
    this.moduleId = moduleId;
  }

  /**
   * Creates the module: loads {@code dispatcherClassName} with the class loader of the jiis runtime
   * (initializing it) and constructs it with a {@link org.jiis.ModuleContext} whose event log writes
   * through {@code natives} and whose {@link org.jiis.IisServer} calls {@code server}.
   *
   * @param moduleName the module's name, as in {@code @GlobalModule}
   * @param dispatcherClassName the binary name of the generated {@code <Name>Dispatcher}
   * @param natives the module's generated {@code <Name>Natives}, already bound
   * @param debug whether {@code debug=true} is set in the module's settings
   * @param server the {@code IHttpServer*} IIS passed to {@code RegisterModule}, or 0
   * @param serverVersion the {@code dwServerVersion} IIS passed to {@code RegisterModule}
   * @param moduleId the module's {@code HTTP_MODULE_ID} ({@code IHttpModuleRegistrationInfo::GetId})
   * @throws ModuleStartException naming the module, what failed and what to fix
   */
  public static NativeModule start(
      String moduleName, String dispatcherClassName, NativeAccess natives, boolean debug,
      long server, int serverVersion, long moduleId) {
    return start(moduleName, dispatcherClassName, natives, debug, server, serverVersion, moduleId,
        SystemClock.INSTANCE);
  }

  static NativeModule start(
      String moduleName, String dispatcherClassName, NativeAccess natives, boolean debug,
      long server, int serverVersion, long moduleId, LongSupplier nanoClock) {
    try {
      if (moduleName == null || dispatcherClassName == null || natives == null) {
        throw new IllegalArgumentException(
            "moduleName, dispatcherClassName and natives are required, got "
                + moduleName + ", " + dispatcherClassName + ", " + natives);
      }
      EventLog log = new NativeEventLog(natives);
      AtomicBoolean terminated = new AtomicBoolean();
      NativeIisServer iisServer =
          new NativeIisServer(natives, moduleName, server, serverVersion, terminated);
      ModuleDispatcher dispatcher = DispatcherFactory.create(
          dispatcherClassName, new NativeModuleContext(moduleName, debug, log, iisServer));
      RateLimitedEventLog failureLog =
          new RateLimitedEventLog(log, moduleName, FAILURE_ENTRIES_PER_SECOND, nanoClock);
      ExitWitness.register(moduleName, dispatcher.getClass().getClassLoader(), log);
      return new NativeModule(moduleName, dispatcher, natives, failureLog, terminated, moduleId);
    } catch (ModuleStartException e) {
      throw e;
    } catch (Throwable e) {
      throw new ModuleStartException("Module " + moduleName + " cannot start: " + e, e);
    }
  }

  // The event entry points, one per GlobalEvent, in reference order. Each returns a
  // GLOBAL_NOTIFICATION_STATUS value.

  /**
   * {@code OnGlobalStopListening}: calls {@link ModuleDispatcher#onStopListening}.
   *
   * @param provider the {@code IGlobalStopListeningProvider*}
   */
  public int stopListening(long provider) {
    return dispatch(GlobalEvent.STOP_LISTENING, EventHooks.STOP_LISTENING, provider);
  }

  /** {@code OnGlobalCacheCleanup}: calls {@link ModuleDispatcher#onCacheCleanup}. */
  public int cacheCleanup() {
    return dispatch(GlobalEvent.CACHE_CLEANUP, EventHooks.CACHE_CLEANUP, 0);
  }

  /**
   * {@code OnGlobalCacheOperation}: calls {@link ModuleDispatcher#onCacheOperation}.
   *
   * @param provider the {@code ICacheProvider*}
   */
  public int cacheOperation(long provider) {
    return dispatch(GlobalEvent.CACHE_OPERATION, EventHooks.CACHE_OPERATION, provider);
  }

  /** {@code OnGlobalHealthCheck}: calls {@link ModuleDispatcher#onHealthCheck}. */
  public int healthCheck() {
    return dispatch(GlobalEvent.HEALTH_CHECK, EventHooks.HEALTH_CHECK, 0);
  }

  /**
   * {@code OnGlobalConfigurationChange}: calls {@link ModuleDispatcher#onConfigurationChange}.
   *
   * @param provider the {@code IGlobalConfigurationChangeProvider*}
   */
  public int configurationChange(long provider) {
    return dispatch(GlobalEvent.CONFIGURATION_CHANGE, EventHooks.CONFIGURATION_CHANGE, provider);
  }

  /**
   * {@code OnGlobalFileChange}: calls {@link ModuleDispatcher#onFileChange}.
   *
   * @param provider the {@code IGlobalFileChangeProvider*}
   */
  public int fileChange(long provider) {
    return dispatch(GlobalEvent.FILE_CHANGE, EventHooks.FILE_CHANGE, provider);
  }

  /**
   * {@code OnGlobalPreBeginRequest}: calls {@link ModuleDispatcher#onPreBeginRequest}.
   *
   * @param provider the {@code IPreBeginRequestProvider*}
   */
  public int preBeginRequest(long provider) {
    return dispatch(GlobalEvent.PRE_BEGIN_REQUEST, EventHooks.PRE_BEGIN_REQUEST, provider);
  }

  /**
   * {@code OnGlobalApplicationStart}: calls {@link ModuleDispatcher#onApplicationStart}.
   *
   * @param provider the {@code IHttpApplicationStartProvider*}
   */
  public int applicationStart(long provider) {
    return dispatch(GlobalEvent.APPLICATION_START, EventHooks.APPLICATION_START, provider);
  }

  /**
   * {@code OnGlobalApplicationResolveModules}: calls {@link ModuleDispatcher#onApplicationResolveModules}.
   *
   * @param provider the {@code IHttpApplicationResolveModulesProvider*}
   */
  public int applicationResolveModules(long provider) {
    return dispatch(GlobalEvent.APPLICATION_RESOLVE_MODULES, EventHooks.APPLICATION_RESOLVE_MODULES, provider);
  }

  /**
   * {@code OnGlobalApplicationStop}: calls {@link ModuleDispatcher#onApplicationStop}.
   *
   * @param provider the {@code IHttpApplicationStopProvider*}
   */
  public int applicationStop(long provider) {
    return dispatch(GlobalEvent.APPLICATION_STOP, EventHooks.APPLICATION_STOP, provider);
  }

  /**
   * {@code OnGlobalRSCAQuery}: calls {@link ModuleDispatcher#onRscaQuery}.
   *
   * @param provider the {@code IGlobalRSCAQueryProvider*}
   */
  public int rscaQuery(long provider) {
    return dispatch(GlobalEvent.RSCA_QUERY, EventHooks.RSCA_QUERY, provider);
  }

  /**
   * {@code OnGlobalTraceEvent}: calls {@link ModuleDispatcher#onTraceEvent}.
   *
   * @param provider the {@code IGlobalTraceEventProvider*}
   */
  public int traceEvent(long provider) {
    return dispatch(GlobalEvent.TRACE_EVENT, EventHooks.TRACE_EVENT, provider);
  }

  /**
   * {@code OnGlobalCustomNotification}: calls {@link ModuleDispatcher#onCustomNotification}.
   *
   * @param provider the {@code ICustomNotificationProvider*}
   */
  public int customNotification(long provider) {
    return dispatch(GlobalEvent.CUSTOM_NOTIFICATION, EventHooks.CUSTOM_NOTIFICATION, provider);
  }

  /**
   * {@code OnGlobalThreadCleanup}: calls {@link ModuleDispatcher#onThreadCleanup}.
   *
   * @param provider the {@code IGlobalThreadCleanupProvider*}
   */
  public int threadCleanup(long provider) {
    return dispatch(GlobalEvent.THREAD_CLEANUP, EventHooks.THREAD_CLEANUP, provider);
  }

  /**
   * {@code OnGlobalApplicationPreload}: calls {@link ModuleDispatcher#onApplicationPreload}.
   *
   * @param provider the {@code IGlobalApplicationPreloadProvider*}
   */
  public int applicationPreload(long provider) {
    return dispatch(GlobalEvent.APPLICATION_PRELOAD, EventHooks.APPLICATION_PRELOAD, provider);
  }

  /**
   * {@code OnSuspendProcess}: calls {@link ModuleDispatcher#onSuspendProcess}.
   *
   * @param callbackSlot the {@code IGlobalSuspendProcessCallback**}
   */
  public int suspendProcess(long callbackSlot) {
    return dispatch(GlobalEvent.SUSPEND_PROCESS, EventHooks.SUSPEND_PROCESS, callbackSlot);
  }

  /**
   * {@code IGlobalSuspendProcessCallback::Resume} on jiis's callback object, which
   * {@link NativeAccess#storeSuspendProcessCallback} handed IIS: runs the action the module set
   * during {@code OnSuspendProcess}, once. Does nothing when none is pending or the module is
   * terminated; contains whatever the action throws.
   */
  public void resume() {
    Runnable action = resumeAction.getAndSet(null);
    if (action == null || terminated.get()) {
      return;
    }
    Thread thread = Thread.currentThread();
    ClassLoader previousLoader = thread.getContextClassLoader();
    thread.setContextClassLoader(moduleLoader);
    try {
      action.run();
    } catch (Throwable thrown) {
      contain(thrown, "resume callback", "the process resumes anyway");
    } finally {
      thread.setContextClassLoader(previousLoader);
    }
  }

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
  private int dispatch(GlobalEvent event, EventHooks.Hook hook, long pointer) {
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
        return status(hook.call(this, frame, pointer), event);
      } finally {
        thread.setContextClassLoader(previousLoader);
        stack.pop();
        if (stack.idle()) {
          Thread.interrupted();
        }
      }
    } catch (Throwable thrown) {
      return containEvent(thrown, event);
    }
  }

  /**
   * Foreign-function upcall stubs of the entry points {@code methods[i]} (descriptor {@code
   * descriptors[i]}, {@code "(J)I"} or {@code "()I"}): native code calls the returned addresses
   * as {@code int (*)(int64_t)} or {@code int (*)(void)} instead of making JNI upcalls. A stub
   * returns the entry point's status, or {@link #UPCALL_ESCAPED}.
   *
   * @throws UnsupportedOperationException saying why this JVM offers none (Java 21 or earlier, no
   *     native access, a platform without a foreign linker)
   */
  public long[] upcallStubs(String[] methods, String[] descriptors) throws ReflectiveOperationException {
    return ForeignUpcalls.create(MethodHandles.lookup(), this, methods, descriptors);
  }

  /** The throwable behind the last {@link #UPCALL_ESCAPED}, or {@code null}; takes it. */
  public Throwable takeEscaped() {
    return escaped.getAndSet(null);
  }

  /** The catch handler of the upcall stubs: keeps the throwable, allocating nothing. */
  private int escaped(Throwable thrown) {
    escaped.set(thrown);
    return UPCALL_ESCAPED;
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

  /** The module's {@code HTTP_MODULE_ID}. */
  long moduleId() {
    return moduleId;
  }

  /** Where the resume action set during {@code OnSuspendProcess} waits for {@link #resume()}. */
  AtomicReference<Runnable> resumeAction() {
    return resumeAction;
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
        // The throwable's own getMessage or toString may throw: say so without calling them
        // again, and give its frames, which need neither.
        failureLog.error(
            message + " Its stack trace could not be written: " + formatting.getClass().getName()
                + NativeEventLog.frames(thrown));
      }
    } catch (Throwable ignored) {
      // Out of memory or a broken log: the event must still return to IIS.
    }
  }
}
