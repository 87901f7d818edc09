package org.jiis.testkit.nativebuild;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Drives native tools (compilers, CMake, objdump, built programs) from tests: finds a tool on the
 * {@code PATH} or fails naming the Debian package to install, runs a command with a time limit,
 * and captures its combined output for assertions and failure messages.
 *
 * <p>Failures are {@link AssertionError}s, which every test framework reports as a failed test.
 * A missing tool fails; it never skips, so a missing compiler cannot look like a passing check.
 */
public final class NativeTools {
  /** Generous: compiles may share the machine's cores with other builds. */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(3);

  /** The native tools the jiis checks use, each with the Debian package that provides it. */
  public enum Tool {
    GXX("g++", "g++"),
    CLANGXX("clang++", "clang"),
    CMAKE("cmake", "cmake"),
    NM("nm", "binutils"),
    MINGW_X64_GXX("x86_64-w64-mingw32-g++", "g++-mingw-w64-x86-64"),
    MINGW_X86_GXX("i686-w64-mingw32-g++", "g++-mingw-w64-i686"),
    MINGW_X64_OBJDUMP("x86_64-w64-mingw32-objdump", "binutils-mingw-w64-x86-64"),
    MINGW_X86_OBJDUMP("i686-w64-mingw32-objdump", "binutils-mingw-w64-i686");

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

    /** The tool's path; fails, naming {@link #debianPackage()}, if it is not installed. */
    public Path path() {
      return locate(executable, debianPackage);
    }
  }

  /** The outcome of one command: its exit code and its stdout and stderr, interleaved. */
  public record Result(List<String> command, int exitCode, String output) {
    /** Fails, showing the command and its output, unless the command exited with 0. */
    public Result assertSuccess() {
      if (exitCode != 0) {
        throw new AssertionError(describe("exited with " + exitCode));
      }
      return this;
    }

    /** Fails, showing the command and its output, if the command exited with 0. */
    public Result assertFailure() {
      if (exitCode == 0) {
        throw new AssertionError(describe("succeeded but was expected to fail"));
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
   * Finds {@code executable} on the {@code PATH} (or, if it contains a slash, as given).
   *
   * @throws AssertionError if it is missing, saying which Debian package to install
   */
  public static Path locate(String executable, String debianPackage) {
    return Executables.find(executable)
        .orElseThrow(() -> new AssertionError(Executables.missing(executable, debianPackage)));
  }

  /** Runs {@code command} in {@code workDir} with {@link #DEFAULT_TIMEOUT}; does not judge the exit code. */
  public static Result run(Path workDir, List<String> command) {
    return run(workDir, DEFAULT_TIMEOUT, command);
  }

  /**
   * Runs {@code command} in {@code workDir}, stdin empty, stdout and stderr captured together.
   * Does not judge the exit code.
   *
   * @throws AssertionError if the command cannot start or does not finish within {@code timeout}
   *     (its process tree is then destroyed)
   */
  public static Result run(Path workDir, Duration timeout, List<String> command) {
    CommandRun run;
    try {
      run = CommandRun.run(workDir, timeout, command);
    } catch (IOException e) {
      throw new AssertionError("could not run " + String.join(" ", command) + ": " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted while running " + String.join(" ", command), e);
    }
    if (run.timedOut()) {
      throw new AssertionError(run.describe(run.describeEnding(timeout)));
    }
    return new Result(run.command(), run.exitCode(), run.output());
  }

  /** Runs {@code command} and fails, with its output, unless it exits with 0. */
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
      throw new AssertionError(result.describe(
          "found no C++ include directory in the search list of " + mingwGxx.executable()));
    }
    return directories;
  }
}
