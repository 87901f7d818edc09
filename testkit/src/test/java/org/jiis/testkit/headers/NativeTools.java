package org.jiis.testkit.headers;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Drives native tools (compilers, objdump, built programs) from tests: finds a tool on the
 * {@code PATH} or fails naming the Debian package to install, runs a command with a timeout,
 * and captures its combined output for assertions and failure messages.
 *
 * <p>Not specific to the IIS headers: meant to move to a shared test-support place once a second
 * module needs it.
 */
public final class NativeTools {
  /** Generous: compiles share two cores with other builds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  /** The native tools the jiis checks use, each with the Debian package that provides it. */
  public enum Tool {
    GXX("g++", "g++"),
    MINGW_X64_GXX("x86_64-w64-mingw32-g++", "g++-mingw-w64-x86-64"),
    MINGW_X86_GXX("i686-w64-mingw32-g++", "g++-mingw-w64-i686"),
    MINGW_X64_OBJDUMP("x86_64-w64-mingw32-objdump", "binutils-mingw-w64-x86-64"),
    MINGW_X86_OBJDUMP("i686-w64-mingw32-objdump", "binutils-mingw-w64-i686"),
    CLANGXX("clang++", "clang");

    private final String executable;
    private final String debianPackage;

    Tool(String executable, String debianPackage) {
      this.executable = executable;
      this.debianPackage = debianPackage;
    }

    public String executable() {
      return executable;
    }

    public String debianPackage() {
      return debianPackage;
    }

    /** The tool's path; fails the test, naming {@link #debianPackage()}, if it is not installed. */
    public Path path() {
      return locate(executable, debianPackage);
    }
  }

  /** The outcome of one command: its exit code and its stdout and stderr, interleaved. */
  public record Result(List<String> command, int exitCode, String output) {
    /** Fails the test, showing the command and its output, unless the command exited with 0. */
    public Result assertSuccess() {
      if (exitCode != 0) {
        fail(describe("exited with " + exitCode));
      }
      return this;
    }

    /** Fails the test, showing the command and its output, if the command exited with 0. */
    public Result assertFailure() {
      if (exitCode == 0) {
        fail(describe("succeeded but was expected to fail"));
      }
      return this;
    }

    /** A failure message: what went wrong, the command line, and everything it printed. */
    public String describe(String problem) {
      return problem + ": " + String.join(" ", command) + "\n--- output ---\n" + output;
    }
  }

  private NativeTools() {}

  /**
   * Finds {@code executable} on the {@code PATH}; fails the test if it is missing, saying which
   * Debian package to install. Never skips: a missing compiler must not look like a passing check.
   */
  public static Path locate(String executable, String debianPackage) {
    String path = System.getenv("PATH");
    if (path != null) {
      for (String directory : path.split(File.pathSeparator)) {
        if (directory.isEmpty()) {
          continue;
        }
        Path candidate = Path.of(directory, executable);
        if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
          return candidate;
        }
      }
    }
    return fail(
        executable
            + " was not found on the PATH; install the Debian package "
            + debianPackage
            + " (apt-get install -y "
            + debianPackage
            + ")");
  }

  /** Runs {@code command} in {@code workDir} with {@link #DEFAULT_TIMEOUT}; does not judge the exit code. */
  public static Result run(Path workDir, List<String> command) {
    return run(workDir, DEFAULT_TIMEOUT, command);
  }

  /**
   * Runs {@code command} in {@code workDir}, stdin empty, stdout and stderr captured together.
   * Fails the test if the command cannot start or does not finish within {@code timeout} (the
   * process tree is then destroyed). Does not judge the exit code.
   */
  public static Result run(Path workDir, Duration timeout, List<String> command) {
    List<String> commandCopy = List.copyOf(command);
    Path outputFile = null;
    Process process = null;
    try {
      outputFile = Files.createTempFile("jiis-native-tool", ".out");
      process =
          new ProcessBuilder(commandCopy)
              .directory(workDir.toFile())
              .redirectErrorStream(true)
              .redirectOutput(outputFile.toFile())
              .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
              .start();
      boolean finished = process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS);
      if (!finished) {
        process.descendants().forEach(ProcessHandle::destroyForcibly);
        process.destroyForcibly().waitFor();
        Result partial = new Result(commandCopy, -1, readOutput(outputFile));
        return fail(partial.describe("timed out after " + timeout.toSeconds() + " s"));
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
      deleteQuietly(outputFile);
    }
  }

  /** Runs {@code command} and fails the test, with its output, unless it exits with 0. */
  public static Result runSuccessfully(Path workDir, List<String> command) {
    return run(workDir, command).assertSuccess();
  }

  /**
   * The C++ standard library include directories of a mingw-w64 g++, for clang targeting
   * {@code *-w64-windows-gnu} (Debian's clang does not find them by itself). Pass each with
   * {@code -stdlib++-isystem}.
   */
  public static List<Path> mingwCxxIncludeDirs(Tool mingwGxx) {
    Result result =
        runSuccessfully(
            Path.of(System.getProperty("java.io.tmpdir")),
            List.of(
                mingwGxx.path().toString(), "-x", "c++", "-E", "-v", "/dev/null", "-o", "/dev/null"));
    List<Path> directories = new ArrayList<>();
    boolean inSearchList = false;
    for (String line : result.output().split("\n")) {
      if (line.startsWith("#include <...> search starts here:")) {
        inSearchList = true;
      } else if (line.startsWith("End of search list.")) {
        inSearchList = false;
      } else if (inSearchList && line.contains("/c++")) {
        directories.add(Path.of(line.trim()).normalize());
      }
    }
    if (directories.isEmpty()) {
      fail(result.describe("found no C++ include directory in the search list of " + mingwGxx.executable()));
    }
    return directories;
  }

  private static String readOutput(Path outputFile) throws IOException {
    return new String(Files.readAllBytes(outputFile), StandardCharsets.UTF_8);
  }

  private static void deleteQuietly(Path file) {
    if (file == null) {
      return;
    }
    try {
      Files.deleteIfExists(file);
    } catch (IOException ignored) {
      // A leftover temp file is harmless; the command's result matters more.
    }
  }
}
