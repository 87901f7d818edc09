package org.jiis.internal;

import java.lang.invoke.MethodHandles;
import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Test stand-in for the real {@code NativeModule}, with the same static {@code start}, event
 * entry points and {@code terminate} the native runtime calls, plus probe "events" that report
 * what the JVM sees (threads, modules, options) as log entries {@code probe <name>=<value>}
 * through the bound {@code log} native. Probes return CONTINUE: the runtime passes only
 * GLOBAL_NOTIFICATION_STATUS values through.
 */
public final class NativeModule {

  private static final String MODULES_PROPERTY = "jiis.test.modules";

  private final String name;
  private final NativeAccess natives;
  private final Set<Thread> threadsSeen = Collections.synchronizedSet(
      Collections.newSetFromMap(new IdentityHashMap<>()));
  private final Set<Thread> daemonThreadsSeen = Collections.synchronizedSet(
      Collections.newSetFromMap(new IdentityHashMap<>()));
  private final AtomicReference<Throwable> escaped = new AtomicReference<>();

  private NativeModule(String name, NativeAccess natives) {
    this.name = name;
    this.natives = natives;
  }

  public static NativeModule start(
      String moduleName, String dispatcherClassName, NativeAccess natives, boolean debug,
      long server, int serverVersion, long moduleId) throws ClassNotFoundException {
    if (moduleName.equals(System.getProperty("jiis.test.failStart"))) {
      throw new IllegalStateException("start refused by the test for " + moduleName);
    }
    ClassLoader loader = NativeModule.class.getClassLoader();
    Class<?> dispatcher = Class.forName(dispatcherClassName, true, loader);
    // All modules share the JVM's system properties, not their class loaders.
    synchronized (System.getProperties()) {
      System.setProperty(MODULES_PROPERTY, String.valueOf(Integer.getInteger(MODULES_PROPERTY, 0) + 1));
    }
    natives.log(2, "started " + moduleName + " dispatcher=" + dispatcher.getSimpleName()
        + " debug=" + debug + " loader=" + loader.getName() + " server=0x" + Long.toHexString(server)
        + " serverVersion=" + serverVersion + " moduleId=0x" + Long.toHexString(moduleId));
    return new NativeModule(moduleName, natives);
  }

  public int cacheOperation(long provider) {
    Thread current = Thread.currentThread();
    threadsSeen.add(current);
    if (current.isDaemon()) {
      daemonThreadsSeen.add(current);
    }
    return (int) (provider & 1);
  }

  public int cacheCleanup() {
    return 0;
  }

  public int throwUnchecked(long value) {
    throw new IllegalStateException("boom " + value);
  }

  public int threadsSeen() {
    return probe("threadsSeen", threadsSeen.size());
  }

  public int daemonThreadsSeen() {
    return probe("daemonThreadsSeen", daemonThreadsSeen.size());
  }

  public int threadsAlive() {
    synchronized (threadsSeen) {
      return probe("threadsAlive", threadsSeen.stream().filter(Thread::isAlive).count());
    }
  }

  public int modulesInJvm() {
    return probe("modulesInJvm", Integer.getInteger(MODULES_PROPERTY, 0));
  }

  public int echo(long value) {
    return probe("echo", natives.echo(value));
  }

  public int wideString() {
    return probe("wideString", natives.wideString());
  }

  public int logFromJava(long level) {
    natives.log((int) level, "message from Java: gr\u00fc\u00dfe \uD83D\uDE00");
    return 0;
  }

  public int badStatus() {
    return 7;
  }

  public int optionWithSpaces() {
    return probe("greeting", System.getProperty("jiis.test.greeting"));
  }

  public int reducedSignals() {
    return probe("inputArguments", ManagementFactory.getRuntimeMXBean().getInputArguments());
  }

  public int exitJvm(long code) {
    System.exit((int) code);
    return 0;
  }

  public int exhaustHeap() {
    List<long[]> hoard = new ArrayList<>();
    while (true) {
      hoard.add(new long[1 << 20]);
    }
  }

  private int probe(String probe, Object value) {
    natives.log(2, "probe " + probe + "=" + value);
    return 0;
  }

  /** As the real one: stubs from the runtime's own ForeignUpcalls, compiled in beside this class. */
  public long[] upcallStubs(String[] methods, String[] descriptors) throws ReflectiveOperationException {
    return ForeignUpcalls.create(MethodHandles.lookup(), this, methods, descriptors);
  }

  public Throwable takeEscaped() {
    return escaped.getAndSet(null);
  }

  private int escaped(Throwable thrown) {
    escaped.set(thrown);
    return -1;
  }

  public void resume() {
    natives.log(2, "resumed " + name);
  }

  public void terminate() {
    natives.log(2, "terminated " + name);
  }
}
