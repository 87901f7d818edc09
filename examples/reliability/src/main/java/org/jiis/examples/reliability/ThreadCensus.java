package org.jiis.examples.reliability;

import java.lang.management.ManagementFactory;

/**
 * The JVM's threads at one moment: those the jiis runtime attached for IIS worker threads (it
 * names them {@value #ATTACHED_PREFIX}{@code <Module>)}), and every live thread.
 *
 * @param attachedWorkers IIS worker threads attached to the JVM now
 * @param liveThreads the JVM's live threads ({@code ThreadMXBean.getThreadCount()})
 */
public record ThreadCensus(int attachedWorkers, int liveThreads) {

  static final String ATTACHED_PREFIX = "IIS worker (jiis ";

  /** Counts the threads now. */
  public static ThreadCensus take() {
    int attached = 0;
    for (Thread thread : Thread.getAllStackTraces().keySet()) {
      if (thread.getName().startsWith(ATTACHED_PREFIX)) {
        attached++;
      }
    }
    return new ThreadCensus(attached, ManagementFactory.getThreadMXBean().getThreadCount());
  }

  /** "attached worker threads 2, live threads 14": what the modules write to the event log. */
  @Override
  public String toString() {
    return "attached worker threads " + attachedWorkers + ", live threads " + liveThreads;
  }
}
