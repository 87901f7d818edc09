package org.jiis.bench.support;

import java.lang.management.ManagementFactory;

/**
 * What the benchmark program calls through JNI itself, outside any jiis module: on the JVM's class
 * path ({@code -Djava.class.path}), so {@code FindClass} from a native thread finds it.
 */
public final class Upcalls {

  private static final com.sun.management.ThreadMXBean THREADS =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();

  private Upcalls() {}

  /**
   * Cases (b) and (c): the empty static method. HotSpot does not even enter Java for it
   * ({@code JavaCalls::call_helper} returns at once for an empty {@code void} method).
   */
  public static void empty() {}

  /** Case (b2): the smallest method HotSpot must really call, with jiis's entry-point shape. */
  public static int pass(long pointer) {
    return 0;
  }

  /**
   * The bytes the calling thread has allocated on the Java heap so far
   * ({@code ThreadMXBean#getThreadAllocatedBytes} of this thread).
   */
  public static long allocatedBytes() {
    return THREADS.getThreadAllocatedBytes(Thread.currentThread().getId());
  }
}
