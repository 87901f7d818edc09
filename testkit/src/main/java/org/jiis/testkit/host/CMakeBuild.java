package org.jiis.testkit.host;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Configures and builds a CMake project with the machine's CMake and C++ compiler. The {@code
 * cmake} program is taken from the {@code PATH}, or from the system property {@code jiis.cmake}.
 */
final class CMakeBuild {

  static final String CMAKE_PROPERTY = "jiis.cmake";
  private static final Duration TIME_LIMIT = Duration.ofMinutes(10);

  private CMakeBuild() {}

  /**
   * Builds the project in {@code sourceDir} into {@code buildDir}, passing {@code definitions}
   * ({@code NAME=value}) as {@code -D} options.
   *
   * @throws HostSimulatorException if CMake is missing or the build fails, with the build's last
   *     output lines
   */
  static void build(Path sourceDir, Path buildDir, List<String> definitions) {
    String cmake = System.getProperty(CMAKE_PROPERTY, "cmake");
    List<String> configure = new ArrayList<>(List.of(cmake, "-S", sourceDir.toString(), "-B",
        buildDir.toString(), "-DCMAKE_BUILD_TYPE=RelWithDebInfo"));
    for (String definition : definitions) {
      configure.add("-D" + definition);
    }
    try {
      Files.createDirectories(buildDir);
      run(configure, buildDir.resolve("jiis-configure.log"), sourceDir);
      String jobs = Integer.toString(Runtime.getRuntime().availableProcessors());
      run(List.of(cmake, "--build", buildDir.toString(), "--parallel", jobs),
          buildDir.resolve("jiis-build.log"), sourceDir);
    } catch (IOException e) {
      throw new HostSimulatorException(
          "Cannot run CMake ('" + cmake + "') to build " + sourceDir + ": " + e.getMessage()
              + ". Install CMake and a C++17 compiler (Debian: apt-get install cmake g++), or "
              + "set -D" + CMAKE_PROPERTY + "=<path to cmake>.",
          e);
    }
  }

  private static void run(List<String> command, Path log, Path sourceDir) throws IOException {
    ProcessRunner.Ending ending = ProcessRunner.run(command, Map.of(), log, null, TIME_LIMIT);
    if (ending.exitValue() != 0 || ending.timedOut()) {
      String output = Files.readString(log, StandardCharsets.UTF_8);
      throw new HostSimulatorException(
          "Building " + sourceDir + " failed (" + String.join(" ", command) + ": "
              + ending.describe() + "). Full log: " + log + "\n" + HostReport.tail(output));
    }
  }
}
