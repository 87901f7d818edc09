package org.jiis.bench.tools;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time (user + system) of this process's finished, waited-for child processes, from
 * {@code cutime} and {@code cstime} of {@code /proc/self/stat} (Linux; in clock ticks of
 * 1/100 s, the fixed {@code USER_HZ} of {@code /proc}). The difference around one child is that
 * child's CPU time, including its JIT and GC threads.
 */
final class ChildCpuTime {

  private static final double MILLIS_PER_TICK = 10;

  private ChildCpuTime() {}

  static double millis() throws IOException {
    String stat = Files.readString(Path.of("/proc/self/stat"));
    // The command name (field 2) is in parentheses and may hold spaces: count from after it.
    String[] fields = stat.substring(stat.lastIndexOf(')') + 2).trim().split(" ");
    long cutime = Long.parseLong(fields[16 - 3]);
    long cstime = Long.parseLong(fields[17 - 3]);
    return (cutime + cstime) * MILLIS_PER_TICK;
  }
}
