package org.jiis.examples.reliability;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.Registration;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.nativebuild.ModuleSettings;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A module that cannot start (no JVM, a JVM that refuses to start, the module's class missing
 * from the class path), under both {@code startup.failure} policies: {@code inert} registers and
 * lets every event pass through without calling Java; {@code fail} makes {@code RegisterModule}
 * return the failure's HRESULT. Either way the event log has exactly one entry, saying what was
 * tried.
 */
class StartupFailureIT {

  private static final Path MISSING_JAVA_HOME = Path.of("/nonexistent/jiis-test/jdk");

  /** A way to fail at start: how to set the module up, the HRESULT, what the entry says. */
  enum Failure {
    JVM_NOT_FOUND(0x80070002,
        "no Java runtime found. Places tried:\n  - java.home in %s: the folder "
            + MISSING_JAVA_HOME + " does not exist\nTo fix: set jvm.library"),
    JVM_NOT_FOUND_ANYWHERE(0x80070002,
        "no Java runtime found. Places tried:\n  - %s: neither jvm.library nor java.home is set\n"
            + "  - JAVA_HOME=" + MISSING_JAVA_HOME + ": the folder " + MISSING_JAVA_HOME
            + " does not exist\nTo fix:"),
    JVM_REFUSES_TO_START(0x80004005,
        "JNI_CreateJavaVM (%2$s) failed with JNI_EINVAL (invalid arguments, e.g. an unrecognized"
            + " JVM option).\nJVM options: -Xrs --enable-native-access=ALL-UNNAMED -XX:+JiisNoSuchOption\nThe JVM said:\n"
            + "  Unrecognized VM option 'JiisNoSuchOption'\n"),
    MODULE_CLASS_MISSING(0x8000FFFF,
        "Loading org.jiis.examples.reliability.FaultyHandlersNatives through the module's class"
            + " loader (class path: %3$s) failed: java.lang.ClassNotFoundException:"
            + " org.jiis.examples.reliability.FaultyHandlersNatives\n");

    final int hresult;
    /** The entry's text after "did not start: ", with %1$s the settings file, %2$s the JVM
     * library, %3$s the runtime jar. */
    final String cause;

    Failure(int hresult, String cause) {
      this.hresult = hresult;
      this.cause = cause;
    }
  }

  @TempDir Path folder;

  @ParameterizedTest
  @EnumSource(Failure.class)
  void inertRegistersAndLetsEveryEventPassThrough(Failure failure) throws IOException {
    HostReport report = run(failure, false, folder);

    Registration registration = report.registration();
    assertThat(registration.hr()).isEqualTo(0);
    assertThat(registration.globalModule()).isTrue();
    // HANDLE is answered HANDLED by the Java handler only; the faults would log. Neither happens.
    assertThat(report.events().stream().map(FiredEvent::status).toList()).containsExactly(
        Optional.of(GlobalNotificationStatus.CONTINUE),
        Optional.of(GlobalNotificationStatus.CONTINUE)).inOrder();
    assertThat(report.terminated()).isTrue();
    report.assertNoErrors();
    assertOneEntry(report, failure, folder, "The module stays inactive and IIS runs on without it"
        + " (startup.failure = inert; set it to fail to make RegisterModule fail).");
  }

  @ParameterizedTest
  @EnumSource(Failure.class)
  void failMakesRegisterModuleReturnTheFailure(Failure failure) throws IOException {
    HostReport report = run(failure, true, folder);

    assertThat(report.registration().hr()).isEqualTo(failure.hresult);
    assertThat(report.registration().globalModule()).isFalse();
    assertThat(report.errors("registration")).hasSize(1);
    assertThat(report.summary().fired()).isEqualTo(0);
    assertOneEntry(report, failure, folder, String.format(
        "RegisterModule returns 0x%08X (startup.failure = fail).", failure.hresult));
  }

  private static HostReport run(Failure failure, boolean fail, Path folder) throws IOException {
    Path library = BuiltModules.library(Modules.FAULTY_HANDLERS);
    HostSimulator simulator;
    switch (failure) {
      case JVM_NOT_FOUND -> simulator = HostSimulator.forModule(Modules.settings()
          .javaHome(MISSING_JAVA_HOME).failStartup(fail).installCopy(library, folder));
      case JVM_NOT_FOUND_ANYWHERE -> {
        // No java.home or jvm.library: the runtime looks at JAVA_HOME (and on Windows the registry).
        Path module = Modules.settings().failStartup(fail).installCopy(library, folder);
        Files.writeString(settingsFile(folder), "class.path = " + runtimeJar() + "\n"
            + "startup.failure = " + (fail ? "fail" : "inert") + "\n", StandardCharsets.UTF_8);
        simulator = HostSimulator.forModule(module).environment("JAVA_HOME", MISSING_JAVA_HOME.toString());
      }
      case JVM_REFUSES_TO_START -> simulator = HostSimulator.forModule(Modules.settings()
          .jvmOption("-XX:+JiisNoSuchOption").failStartup(fail).installCopy(library, folder));
      case MODULE_CLASS_MISSING -> simulator = HostSimulator.forModule(ModuleSettings.forTestRun()
          .classPathOf(GlobalModule.class).failStartup(fail).installCopy(library, folder));
      default -> throw new AssertionError(failure);
    }
    return simulator.scenario(Scenario.builder()
            .cacheOperation(CacheOperation.ADD, HandlerFaultsIT.user(FaultyHandlers.HANDLE))
            .cacheOperation(CacheOperation.ADD,
                HandlerFaultsIT.user(FaultyHandlers.THROW_RUNTIME_EXCEPTION))
            .build())
        .run();
  }

  private static void assertOneEntry(HostReport report, Failure failure, Path folder, String end) {
    List<LogEntry> entries = report.logEntries();
    assertThat(entries).hasSize(1);
    LogEntry entry = entries.get(0);
    assertThat(entry.level()).isEqualTo(LogLevel.ERROR);
    assertThat(entry.during()).isEqualTo("RegisterModule");
    String jvmLibrary = Path.of(System.getProperty("java.home"), "lib", "server", "libjvm.so").toString();
    assertThat(entry.message()).startsWith("The jiis module FaultyHandlers did not start: "
        + String.format(failure.cause, settingsFile(folder), jvmLibrary, runtimeJar()));
    assertThat(entry.message()).endsWith(end);
  }

  private static Path settingsFile(Path folder) {
    return folder.toAbsolutePath().resolve("FaultyHandlers.jiis.properties");
  }

  private static Path runtimeJar() {
    try {
      return Path.of(GlobalModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}
