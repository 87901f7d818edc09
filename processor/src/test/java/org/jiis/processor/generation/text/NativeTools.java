package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The compilers and build tools that check generated text for real. A missing tool fails the test
 * with the Debian package to install: these checks never skip silently.
 */
public final class NativeTools {

  private NativeTools() {}

  /** The path of {@code command} on the PATH; fails naming {@code debianPackage} if absent. */
  public static String require(String command, String debianPackage) {
    for (String directory : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(directory, command);
      if (Files.isExecutable(candidate)) {
        return candidate.toString();
      }
    }
    throw new AssertionError(command + " is not on the PATH; install it with: apt-get install -y "
        + debianPackage);
  }

  /** What a finished command printed (standard output and error together) and its exit code. */
  public record Result(int exitCode, String output) {}

  /** Runs {@code command} in {@code directory}; fails with its output unless it exits with 0. */
  public static String run(Path directory, List<String> command) {
    Result result = execute(directory, command);
    assertWithMessage("%s failed:\n%s", String.join(" ", command), result.output())
        .that(result.exitCode())
        .isEqualTo(0);
    return result.output();
  }

  /** Runs {@code command} in {@code directory}, whatever its exit code. */
  public static Result execute(Path directory, List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).directory(directory.toFile())
        .redirectErrorStream(true);
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      assertWithMessage("%s did not finish", command).that(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
      return new Result(process.exitValue(), new String(output, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + command, e);
    }
  }
}
