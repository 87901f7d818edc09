package org.jiis.testkit.host;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs a process with its output in files, within a time limit. */
final class ProcessRunner {

  /** How a process ended: its exit value, or that it was killed after the time limit. */
  record Ending(int exitValue, boolean timedOut) {

    /** "exit code 139 (signal 11, SIGSEGV)" and the like. */
    String describe() {
      if (timedOut) {
        return "killed after the time limit";
      }
      if (exitValue > 128 && exitValue < 128 + 32) {
        int signal = exitValue - 128;
        return "exit code " + exitValue + " (signal " + signal + signalName(signal) + ")";
      }
      return "exit code " + exitValue;
    }

    private static String signalName(int signal) {
      return switch (signal) {
        case 4 -> ", SIGILL";
        case 5 -> ", SIGTRAP";
        case 6 -> ", SIGABRT";
        case 7 -> ", SIGBUS";
        case 8 -> ", SIGFPE";
        case 9 -> ", SIGKILL";
        case 11 -> ", SIGSEGV";
        case 15 -> ", SIGTERM";
        default -> "";
      };
    }
  }

  private ProcessRunner() {}

  /**
   * Runs {@code command}; standard output goes to {@code output}, standard error to {@code
   * errors} (or into {@code output} when {@code errors} is null).
   *
   * @throws IOException if the program cannot be started (not installed, not executable)
   */
  static Ending run(
      List<String> command,
      Map<String, String> environment,
      Path output,
      Path errors,
      Duration timeout)
      throws IOException {
    ProcessBuilder builder = new ProcessBuilder(command);
    builder.environment().putAll(environment);
    builder.redirectOutput(output.toFile());
    if (errors == null) {
      builder.redirectErrorStream(true);
    } else {
      builder.redirectError(errors.toFile());
    }
    Process process = builder.start();
    try {
      if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly();
        process.waitFor();
        return new Ending(process.exitValue(), true);
      }
      return new Ending(process.exitValue(), false);
    } catch (InterruptedException e) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      Thread.currentThread().interrupt();
      throw new IOException("Interrupted while waiting for " + command.get(0), e);
    }
  }
}
