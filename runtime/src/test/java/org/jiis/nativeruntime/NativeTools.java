package org.jiis.nativeruntime;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Runs the native tools and programs of the runtime's tests: finds a tool on the {@code PATH} or
 * fails naming the Debian package that provides it (never skips), and runs a command with a
 * timeout, capturing stdout and stderr together.
 */
final class NativeTools {

  /** Generous: the machine's cores are shared with other builds. */
  private static final Duration TIMEOUT = Duration.ofMinutes(3);

  /** The tools the runtime's checks use, each with the Debian package that provides it. */
  enum Tool {
    GXX("g++", "g++"),
    AR("ar", "binutils"),
    NM("nm", "binutils"),
    CMAKE("cmake", "cmake"),
    MINGW_X64_GXX("x86_64-w64-mingw32-g++", "g++-mingw-w64-x86-64"),
    MINGW_X86_GXX("i686-w64-mingw32-g++", "g++-mingw-w64-i686"),
    CLANGXX("clang++", "clang");

    private final String executable;
    private final String debianPackage;

    Tool(String executable, String debianPackage) {
      this.executable = executable;
      this.debianPackage = debianPackage;
    }

    /** The tool's path; fails the test, naming the Debian package, when it is not installed. */
    String path() {
      Path found = onPath(executable);
      return found != null ? found.toString() : fail(missing(executable, debianPackage));
    }
  }

  /**
   * The wine loader for 64-bit programs: {@code wine64} or {@code wine} on the PATH, else where
   * Debian's wine64 package puts it without the wine package's launcher.
   */
  static String wine64() {
    for (String name : new String[] {"wine64", "wine"}) {
      Path found = onPath(name);
      if (found != null) {
        return found.toString();
      }
    }
    Path debian = Path.of("/usr/lib/wine/wine64");
    return Files.isExecutable(debian) ? debian.toString() : fail(missing("wine64", "wine64"));
  }

  private static Path onPath(String executable) {
    String searchPath = System.getenv("PATH");
    if (searchPath != null) {
      for (String directory : searchPath.split(File.pathSeparator)) {
        Path candidate = Path.of(directory.isEmpty() ? "." : directory, executable);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return null;
  }

  private static String missing(String executable, String debianPackage) {
    return executable + " was not found on the PATH; install the Debian package " + debianPackage
        + " (apt-get install -y " + debianPackage + ")";
  }

  /** One finished command: exit code and everything it printed (stdout and stderr interleaved). */
  record Result(List<String> command, int exitCode, String output) {

    Result assertSuccess() {
      if (exitCode != 0) {
        fail(describe("exited with " + exitCode));
      }
      return this;
    }

    Result assertFailure() {
      if (exitCode == 0) {
        fail(describe("succeeded, but was expected to fail"));
      }
      return this;
    }

    String describe(String problem) {
      return problem + ": " + String.join(" ", command) + "\n--- output ---\n" + output;
    }
  }

  private NativeTools() {}

  static Result run(Path workDir, List<String> command) {
    return run(workDir, environment -> {}, command);
  }

  static Result runSuccessfully(Path workDir, List<String> command) {
    return run(workDir, command).assertSuccess();
  }

  /**
   * Runs {@code command} in {@code workDir} with stdin empty and the environment changed by
   * {@code editEnvironment}. Fails the test when it cannot start or runs past the timeout; does
   * not judge the exit code.
   */
  static Result run(Path workDir, Consumer<Map<String, String>> editEnvironment, List<String> command) {
    List<String> commandCopy = List.copyOf(command);
    Path outputFile = null;
    Process process = null;
    try {
      outputFile = Files.createTempFile("jiis-native-test", ".out");
      ProcessBuilder builder = new ProcessBuilder(commandCopy)
          .directory(workDir.toFile())
          .redirectErrorStream(true)
          .redirectOutput(outputFile.toFile())
          .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
      editEnvironment.accept(builder.environment());
      process = builder.start();
      if (!process.waitFor(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        return fail(new Result(commandCopy, -1, readOutput(outputFile))
            .describe("timed out after " + TIMEOUT.toSeconds() + " s"));
      }
      return new Result(commandCopy, process.exitValue(), readOutput(outputFile));
    } catch (IOException e) {
      return fail("could not run " + String.join(" ", commandCopy) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      if (process != null) {
        process.destroyForcibly();
      }
      return fail("interrupted while running " + String.join(" ", commandCopy), e);
    } finally {
      if (outputFile != null) {
        outputFile.toFile().delete();
      }
    }
  }

  /** Lenient: a crashing program may print anything; malformed bytes become U+FFFD. */
  private static String readOutput(Path file) throws IOException {
    return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
  }
}
