package org.jiis.testkit.nativebuild;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * One run of an external command: standard input empty, standard output and error captured
 * together. Judges nothing; {@link NativeTools} turns problems into test failures and {@link
 * ModuleBuild} into {@link ModuleBuildException}s.
 *
 * @param command the command line
 * @param exitCode the exit code, or -1 when the command was stopped after its time limit
 * @param timedOut whether the command was stopped after its time limit (with its process tree)
 * @param output everything the command printed, both streams interleaved
 */
record CommandRun(List<String> command, int exitCode, boolean timedOut, String output) {

  /**
   * Runs {@code command} in {@code workDir}.
   *
   * @throws IOException if the command cannot be started
   * @throws InterruptedException if interrupted while waiting (the process tree is destroyed)
   */
  static CommandRun run(Path workDir, Duration timeout, List<String> command)
      throws IOException, InterruptedException {
    List<String> commandCopy = List.copyOf(command);
    Path outputFile = Files.createTempFile("jiis-native-tool", ".out");
    try {
      Process process =
          new ProcessBuilder(commandCopy)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(outputFile.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      boolean finished;
      try {
        finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      } catch (InterruptedException e) {
        destroyTree(process);
        throw e;
      }
      if (!finished) {
        destroyTree(process);
        process.waitFor();
      }
      String output = Files.readString(outputFile, StandardCharsets.UTF_8);
      return new CommandRun(commandCopy, finished ? process.exitValue() : -1, !finished, output);
    } finally {
      Files.deleteIfExists(outputFile);
    }
  }

  boolean succeeded() {
    return !timedOut && exitCode == 0;
  }

  /** A failure message: what went wrong, the command line, and everything it printed. */
  String describe(String problem) {
    return problem + ": " + String.join(" ", command) + "\n--- output ---\n" + output;
  }

  /** "exited with 2" or "timed out after 180 s". */
  String describeEnding(Duration timeout) {
    return timedOut ? "timed out after " + timeout.toSeconds() + " s" : "exited with " + exitCode;
  }

  private static void destroyTree(Process process) {
    process.descendants().forEach(ProcessHandle::destroyForcibly);
    process.destroyForcibly();
  }
}
