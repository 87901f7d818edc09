package org.jiis.testkit.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * Runs a module in {@code jiis-host}, the IIS host simulator, and returns its report: the way to
 * integration-test a module built for Linux from a JUnit test.
 *
 * <pre>{@code
 * HostReport report = HostSimulator.forModule(Path.of("target/jiis-native/MyModule.so"))
 *     .scenario(Scenario.builder()
 *         .cacheOperation(CacheOperation.ADD, CacheEntry.token().userName("alice"))
 *         .build())
 *     .run();
 * assertThat(report.registration().events()).containsExactly(GlobalEvent.CACHE_OPERATION);
 * }</pre>
 *
 * <p>The simulator is built from the sources in the testkit jar on first use (see {@code
 * HostBinary}: CMake and g++ must be installed), or taken from {@code -Djiis.host.binary}. Runs
 * are independent processes; a simulator is safe to run from parallel tests.
 */
public final class HostSimulator {

  private static final Duration DEFAULT_TIMEOUT = Duration.ofMinutes(2);
  private static final int EXIT_USAGE = 2;

  private final List<Path> modules;
  private Scenario scenario = Scenario.builder().build();
  private final Map<String, String> environment = new LinkedHashMap<>();
  private Duration timeout = DEFAULT_TIMEOUT;

  private HostSimulator(List<Path> modules) {
    this.modules = modules;
  }

  /** A simulator for the module shared object at {@code module}. */
  public static HostSimulator forModule(Path module) {
    return forModules(List.of(module));
  }

  /**
   * A simulator that loads several modules into one process, in this order: each is registered,
   * gets every event it subscribed to (in this order, until one answers {@code
   * GL_NOTIFICATION_HANDLED}) and is terminated. Each is named after its file.
   */
  public static HostSimulator forModules(List<Path> modules) {
    if (modules.isEmpty()) {
      throw new IllegalArgumentException("No module given");
    }
    return new HostSimulator(modules.stream()
        .map(module -> Objects.requireNonNull(module, "module").toAbsolutePath())
        .toList());
  }

  /** The events to fire (default: none; the module is registered and terminated). */
  public HostSimulator scenario(Scenario value) {
    scenario = Objects.requireNonNull(value, "scenario");
    return this;
  }

  /** Sets an environment variable of the simulator process (the module's environment). */
  public HostSimulator environment(String name, String value) {
    environment.put(Objects.requireNonNull(name, "name"), Objects.requireNonNull(value, "value"));
    return this;
  }

  /** How long a run may take before the simulator is killed (default 2 minutes). */
  public HostSimulator timeout(Duration value) {
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException("The timeout must be positive, got " + value);
    }
    timeout = value;
    return this;
  }

  /**
   * Runs the module and returns the complete report. Problems of the module (it cannot be loaded,
   * a {@code DebugBreak}, an unreleased record...) are {@link HostReport#errors() errors} in the
   * report, not exceptions.
   *
   * @throws HostSimulatorException if the simulator cannot be built, rejects the scenario,
   *     crashes or times out; the message says which, with its last output
   */
  public HostReport run() {
    Path executable = HostBinary.get();
    Path work = createWorkDirectory();
    Path scenarioFile = work.resolve("scenario.txt");
    Path reportFile = work.resolve("report.jsonl");
    Path output = work.resolve("stdout.txt");
    Path errors = work.resolve("stderr.txt");
    ProcessRunner.Ending ending;
    HostReport report;
    try {
      Files.writeString(scenarioFile, scenario.text(), StandardCharsets.UTF_8);
      List<String> command = new ArrayList<>(List.of(executable.toString(),
          "--scenario", scenarioFile.toString(), "--report", reportFile.toString()));
      modules.forEach(module -> command.add(module.toString()));
      ending = ProcessRunner.run(command, environment, output, errors, timeout);
      report = HostReport.parse(
          Files.exists(reportFile)
              ? Files.readAllLines(reportFile, StandardCharsets.UTF_8)
              : List.of(),
          Files.readString(errors, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new HostSimulatorException("Cannot run " + executable + ": " + e.getMessage(), e);
    }
    if (ending.timedOut()) {
      throw new HostSimulatorException(
          "jiis-host did not finish within " + timeout.toSeconds() + " s running "
              + describeModules()
              + " (run files kept in " + work + ")" + lastWords(report),
          report, ending);
    }
    if (ending.exitValue() == EXIT_USAGE) {
      throw new HostSimulatorException(
          "jiis-host rejected the scenario: "
              + report.errors().stream().map(HostError::message).findFirst()
                  .orElse(HostReport.tail(report.standardError())),
          report, ending);
    }
    if (!report.isComplete()) {
      throw new HostSimulatorException(
          "jiis-host stopped before finishing its report (" + ending.describe() + ") running "
              + describeModules() + " (run files kept in " + work + ")" + lastWords(report),
          report, ending);
    }
    deleteQuietly(work);
    return report;
  }

  private String describeModules() {
    return String.join(", ", modules.stream().map(Path::toString).toList());
  }

  private static String lastWords(HostReport report) {
    List<String> lines = report.lines();
    String last = lines.isEmpty() ? "(none)" : lines.get(lines.size() - 1);
    String errors = report.standardError().isBlank()
        ? ""
        : "\nStandard error:\n" + HostReport.tail(report.standardError());
    return ". Last report line: " + last + errors;
  }

  private static Path createWorkDirectory() {
    try {
      return Files.createTempDirectory("jiis-host-run-");
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot create a directory for a jiis-host run", e);
    }
  }

  private static void deleteQuietly(Path directory) {
    try (Stream<Path> paths = Files.walk(directory)) {
      for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
        Files.deleteIfExists(path);
      }
    } catch (IOException e) {
      // A leftover temporary directory is harmless.
    }
  }
}
