package org.jiis.internal;

import java.util.Map;
import org.jiis.EventLog;

/**
 * Names the code that ends the worker process through {@code System.exit}. One witness per
 * module is a shutdown hook; when an exit call starts the JVM's shutdown it finds the thread that
 * made the call and, if the call came through this module's classes, logs where it came from. The
 * native runtime's exit hook then logs the exit code as the JVM ends the process.
 */
final class ExitWitness extends Thread {

  private static final String RUNTIME_CLASS = "java.lang.Runtime";
  private static final String SYSTEM_CLASS = "java.lang.System";
  private static final String EXIT_METHOD = "exit";

  private final String moduleName;
  private final String loaderName;
  private final EventLog log;

  private ExitWitness(String moduleName, String loaderName, EventLog log) {
    // No string concatenation on the start path (see NativeModule).
    super("jiis exit witness ".concat(moduleName));
    this.moduleName = moduleName;
    this.loaderName = loaderName;
    this.log = log;
  }

  /**
   * Registers the witness of a module whose classes {@code moduleLoader} loads; does nothing for
   * an unnamed loader or a JVM already shutting down.
   */
  static void register(String moduleName, ClassLoader moduleLoader, EventLog log) {
    String loaderName = moduleLoader == null ? null : moduleLoader.getName();
    if (loaderName == null) {
      return;
    }
    try {
      Runtime.getRuntime().addShutdownHook(new ExitWitness(moduleName, loaderName, log));
    } catch (IllegalStateException | SecurityException e) {
      // Shutting down already, or not allowed: the native exit hook still logs the exit.
    }
  }

  @Override
  public void run() {
    try {
      String entry = describeExit(Thread.getAllStackTraces(), moduleName, loaderName);
      if (entry != null) {
        log.error(entry);
      }
    } catch (Throwable ignored) {
      // The process is ending; there is nowhere else to report this.
    }
  }

  /**
   * The log entry for a {@code System.exit} or {@code Runtime.exit} call among {@code stacks} that
   * came through classes of the loader named {@code loaderName}, or {@code null} if there is none.
   */
  static String describeExit(
      Map<Thread, StackTraceElement[]> stacks, String moduleName, String loaderName) {
    for (Map.Entry<Thread, StackTraceElement[]> stack : stacks.entrySet()) {
      StackTraceElement[] frames = stack.getValue();
      int caller = callerOfExit(frames);
      if (caller >= 0 && passesThrough(frames, caller, loaderName)) {
        StringBuilder entry = new StringBuilder()
            .append("Module ").append(moduleName)
            .append(": code running in this module called System.exit on thread \"")
            .append(stack.getKey().getName())
            .append("\", which ends the IIS worker process (a module must never call it). The call:");
        for (int i = caller; i < frames.length; i++) {
          entry.append(System.lineSeparator()).append("\tat ").append(frames[i]);
        }
        return entry.toString();
      }
    }
    return null;
  }

  /** The index of the frame that called {@code Runtime.exit} (or {@code System.exit}), or -1. */
  private static int callerOfExit(StackTraceElement[] frames) {
    for (int i = 0; i < frames.length; i++) {
      if (isExit(frames[i], RUNTIME_CLASS)) {
        int caller = i + 1;
        if (caller < frames.length && isExit(frames[caller], SYSTEM_CLASS)) {
          caller++;
        }
        return caller < frames.length ? caller : -1;
      }
    }
    return -1;
  }

  private static boolean isExit(StackTraceElement frame, String className) {
    return frame.getClassName().equals(className) && frame.getMethodName().equals(EXIT_METHOD);
  }

  private static boolean passesThrough(StackTraceElement[] frames, int from, String loaderName) {
    for (int i = from; i < frames.length; i++) {
      if (loaderName.equals(frames[i].getClassLoaderName())) {
        return true;
      }
    }
    return false;
  }
}
