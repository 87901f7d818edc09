package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One process per case with a real JVM: the JVM failing to start, the Java module failing to
 * start, System.exit and a fatal error inside the JVM, and the log level.
 */
class JvmLifecycleTest {

  private static NativeBuild build;

  @BeforeAll
  static void build() {
    build = NativeBuild.get();
  }

  /** Module Alpha with the test JDK's JVM, the stand-ins' class folder, and {@code more}. */
  private static Scenario withJvm(String name, String... more) {
    return Scenario.named(name).module(build.alpha).settings("Alpha", settings(build.standinClasses.toString(), more));
  }

  private static String[] settings(String classPath, String... more) {
    String[] lines = new String[more.length + 2];
    lines[0] = "jvm.library = " + build.javaHome.resolve("lib/server/libjvm.so");
    lines[1] = "class.path = " + classPath;
    System.arraycopy(more, 0, lines, 2, more.length);
    return lines;
  }

  /** The vfprintf hook captures what the JVM prints while it fails, into the one entry. */
  @Test
  void aJvmThatRefusesItsOptionsFailsStartWithTheJvmsOwnWords() {
    HostRun run = withJvm("jvm-bad-option", "jvm.option = -XX:+JiisNoSuchOption")
        .run(build.host, "start", "0", "dispatch", "0", "cacheOperation", "1");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x00000000 active=0");
    assertThat(run.line("dispatch 0")).isEqualTo("dispatch 0 cacheOperation 1 -> 0");
    String message = run.onlyError().message();
    assertThat(message).startsWith("The jiis module Alpha did not start: JNI_CreateJavaVM ("
        + build.javaHome.resolve("lib/server/libjvm.so") + ") failed with ");
    assertThat(message).contains("\nJVM options: -Xrs --enable-native-access=ALL-UNNAMED -XX:+JiisNoSuchOption\nThe JVM said:\n  "
        + "Unrecognized VM option 'JiisNoSuchOption'\n");
    assertThat(run.entries.stream().filter(e -> e.message().startsWith("JVM: ")).toList()).isEmpty();
  }

  @Test
  void aJavaModuleThatFailsToStartIsReportedWithItsStackTraceAndFailPolicyReturnsTheHresult() {
    HostRun run = withJvm("java-start-fails", "jvm.option = -Djiis.test.failStart=Alpha", "startup.failure = fail")
        .run(build.host, "start", "0", "dispatch", "0", "cacheOperation", "1");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x8000FFFF active=0");
    assertThat(run.line("dispatch 0")).isEqualTo("dispatch 0 cacheOperation 1 -> 0");
    String message = run.onlyError().message();
    assertThat(message).startsWith("The jiis module Alpha did not start: Starting the Java module "
        + "(org.jiis.internal.NativeModule.start) failed: java.lang.IllegalStateException: start refused "
        + "by the test for Alpha\n\tat ");
    assertThat(message).endsWith("RegisterModule returns 0x8000FFFF (startup.failure = fail).");
  }

  @Test
  void anEntryPointMissingOnTheJavaSideIsNamed() {
    Scenario scenario = Scenario.named("missing-entry-point").module(build.missingEvent)
        .settings("Gamma",
            "jvm.library = " + build.javaHome.resolve("lib/server/libjvm.so"),
            "class.path = " + build.standinClasses);

    HostRun run = scenario.run(build.host, "start", "0");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x00000000 active=0");
    assertThat(run.onlyError().message()).startsWith("The jiis module Gamma did not start: Finding the event "
        + "entry point org.jiis.internal.NativeModule.noSuchEvent()I failed: java.lang.NoSuchMethodError: noSuchEvent");
  }

  @Test
  void aClassPathWithoutTheJavaSideNamesTheClassAndTheClassPath() throws Exception {
    Scenario scenario = Scenario.named("class-not-found").module(build.alpha).settings("Alpha", settings("empty"));
    Files.createDirectories(scenario.path("empty"));

    HostRun run = scenario.run(build.host, "start", "0");

    assertThat(run.onlyError().message()).startsWith("The jiis module Alpha did not start: Loading "
        + "org.jiis.internal.NativeModule through the module's class loader (class path: "
        + scenario.path("empty") + ") failed: java.lang.ClassNotFoundException: org.jiis.internal.NativeModule");
  }

  @Test
  void systemExitInAHandlerIsLoggedLoudlyBeforeTheProcessEnds() {
    HostRun run = withJvm("system-exit").run(build.host, "start", "0", "dispatch", "0", "exitJvm", "7");

    assertThat(run.exitCode()).isEqualTo(7);
    assertThat(run.onlyError().message()).startsWith("The JVM is ending this process with exit code 7, which "
        + "stops the IIS worker process. Code running in the JVM called System.exit or Runtime.halt");
    assertThat(run.output()).doesNotContain("host done");
  }

  @Test
  void aFatalJvmErrorIsLoggedBeforeTheProcessEnds() {
    Scenario scenario = Scenario.named("fatal-error").module(build.alpha);
    scenario.settings("Alpha", settings(build.standinClasses.toString(),
        "jvm.option = -Xmx32m",
        "jvm.option = -XX:+CrashOnOutOfMemoryError",
        "jvm.option = -XX:-CreateCoredumpOnCrash",
        "jvm.option = -XX:ErrorFile=" + scenario.path("hs_err.log")));

    HostRun run = scenario.run(build.host, "start", "0", "dispatch", "0", "exhaustHeap", "0");

    assertThat(run.exitCode()).isNotEqualTo(0);
    assertThat(run.output()).doesNotContain("host done");
    assertThat(run.onlyError().message()).startsWith("The JVM hit a fatal error and is aborting this process");
    assertThat(Files.exists(scenario.path("hs_err.log"))).isTrue();
  }

  @Test
  void logLevelDropsEntriesBelowIt() {
    HostRun run = withJvm("log-level-warning", "log.level = warning")
        .run(build.host, "start", "0", "dispatch", "0", "logFromJava", "1", "dispatch", "0", "echo", "1");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x00000000 active=1");
    // logFromJava writes a warning; the start messages and the echo probe are information.
    assertThat(run.entries).containsExactly(
        new LogEntry("Alpha", LogEntry.WARNING, "message from Java: gr\u00fc\u00dfe \uD83D\uDE00"));
  }
}
