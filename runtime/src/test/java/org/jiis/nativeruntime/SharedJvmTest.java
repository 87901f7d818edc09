package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two modules in one process with a real JVM (the test JDK's libjvm.so) and the Java stand-ins:
 * Alpha creates the JVM from its settings (class path "lib/*", -Xcheck:jni so the JVM itself
 * checks the runtime's JNI use), Beta names no JVM and joins. One host run drives both;
 * each test checks one aspect of what it printed.
 */
class SharedJvmTest {

  private static NativeBuild build;
  private static HostRun run;

  @BeforeAll
  static void runBothModules() {
    build = NativeBuild.get();
    Scenario scenario = Scenario.named("shared-jvm")
        .module(build.alpha)
        .module(build.beta)
        .copy(build.standinJar, "lib/standins.jar")
        .settings("Alpha",
            "# Alpha starts the JVM",
            "jvm.library = " + build.javaHome.resolve("lib/server/libjvm.so"),
            "class.path = lib/*",
            "jvm.option = -Xcheck:jni",
            "jvm.option = -Djiis.test.greeting=hello world",
            "debug = true")
        .settings("Beta", "class.path = " + build.standinClasses, "jvm.option = -Dbeta.ignored=true");
    run = scenario.run(build.host,
        "start", "0", "start", "1",
        "dispatch", "0", "modulesInJvm", "0", "dispatch", "1", "modulesInJvm", "0",
        "dispatch", "0", "echo", "5", "dispatch", "1", "echo", "5",
        "dispatch", "0", "optionWithSpaces", "0", "dispatch", "0", "reducedSignals", "0",
        "threads", "0", "8", "50",
        "dispatch", "0", "threadsSeen", "0",
        "dispatch", "0", "daemonThreadsSeen", "0",
        "dispatch", "0", "threadsAlive", "0",
        "dispatch", "0", "throwUnchecked", "42",
        "dispatch", "0", "cacheCleanup", "0",
        "dispatch", "0", "badStatus", "0", "dispatch", "0", "badStatus", "0",
        "dispatch", "0", "wideString", "0",
        "dispatch", "0", "logFromJava", "1",
        "dispatch", "0", "cacheOperation", "1",
        "resume", "0",
        "stop", "0",
        "resume", "0",
        "dispatch", "0", "cacheOperation", "1",
        "dispatch", "1", "cacheOperation", "1",
        "stop", "1");
    run.result.assertSuccess();
  }

  @Test
  void alphaCreatesTheJvmAndBetaJoinsIt() {
    assertThat(run.line("start 0")).isEqualTo("start 0 0x00000000 active=1");
    assertThat(run.line("start 1")).isEqualTo("start 1 0x00000000 active=1");
    assertThat(run.messages("Alpha")).contains("The jiis module Alpha started: it created the JVM from "
        + build.javaHome.resolve("lib/server/libjvm.so")
        + " with options: -Xrs --enable-native-access=ALL-UNNAMED -Xcheck:jni"
        + " -Djiis.test.greeting=hello world; events enter Java through " + expectedUpcalls() + ".");
    assertThat(run.messages("Beta")).contains("The jiis module Beta started: it joined the JVM already "
        + "running in this process (the JVM library already loaded in this process); events enter "
        + "Java through " + expectedUpcalls() + ".");
    assertThat(run.probe("Alpha", "modulesInJvm")).isEqualTo("2");
    assertThat(run.probe("Beta", "modulesInJvm")).isEqualTo("2");
  }

  @Test
  void theJoiningModulesJvmOptionsAreIgnoredWithAWarning() {
    assertThat(run.entries).contains(new LogEntry("Beta", LogEntry.WARNING, "The JVM was already running in "
        + "this process (started by another module), so this module joined it and its jvm.library, "
        + "java.home, jvm.option and jvm.xrs settings have no effect."));
    assertThat(run.probe("Alpha", "inputArguments")).doesNotContain("beta.ignored");
  }

  @Test
  void startGetsTheModuleNameDispatcherDebugFlagItsOwnClassLoaderAndWhatRegisterModuleReceived() {
    String registerModule = " server=0x5e12 serverVersion=10 moduleId=0x1d";
    assertThat(run.messages("Alpha"))
        .contains("started Alpha dispatcher=TestDispatcher debug=true loader=jiis-Alpha" + registerModule);
    assertThat(run.messages("Beta"))
        .contains("started Beta dispatcher=TestDispatcher debug=false loader=jiis-Beta" + registerModule);
  }

  /** IGlobalSuspendProcessCallback::Resume reaches NativeModule.resume() while the module runs. */
  @Test
  void resumeCallsTheJavaModuleUntilTheModuleStops() {
    assertThat(run.line("resume 0")).isEqualTo("resume 0 active=1");
    // Two resumes, one before and one after "stop 0": only the first reaches Java.
    assertThat(run.messages("Alpha").stream().filter(m -> m.startsWith("resumed ")))
        .containsExactly("resumed Alpha");
  }

  @Test
  void eachModuleBindsItsOwnNatives() {
    assertThat(run.probe("Alpha", "echo")).isEqualTo("1005");
    assertThat(run.probe("Beta", "echo")).isEqualTo("2005");
  }

  @Test
  void jvmOptionsKeepTheirSpacesAndXrsIsOnByDefault() {
    assertThat(run.probe("Alpha", "greeting")).isEqualTo("hello world");
    assertThat(run.probe("Alpha", "inputArguments")).contains(
        "-Xrs, --enable-native-access=ALL-UNNAMED, -Xcheck:jni, -Djiis.test.greeting=hello world");
  }

  /** What the start entry says of the JVM these tests run on (the one the modules start). */
  static String expectedUpcalls() {
    int release = Runtime.version().feature();
    return release >= 22
        ? "foreign-function upcalls"
        : "JNI upcalls (this JVM is Java " + release
            + " and foreign-function upcalls need Java 22 or later)";
  }

  /**
   * 8 threads x 50 events: Java sees 8 distinct daemon threads (one attachment each, not one
   * per event), and none is alive after the threads ended (each was detached at thread exit).
   */
  @Test
  void eachThreadIsAttachedOnceAsADaemonAndDetachedWhenItEnds() {
    assertThat(run.line("threads 8")).isEqualTo("threads 8 x 50 handled 200");
    assertThat(run.probe("Alpha", "threadsSeen")).isEqualTo("8");
    assertThat(run.probe("Alpha", "daemonThreadsSeen")).isEqualTo("8");
    assertThat(run.probe("Alpha", "threadsAlive")).isEqualTo("0");
  }

  @Test
  void aJavaExceptionIsLoggedWithItsStackTraceAndContained() {
    assertThat(run.line("dispatch 0 throwUnchecked")).isEqualTo("dispatch 0 throwUnchecked 42 -> 0");
    List<LogEntry> errors = run.entries(LogEntry.ERROR).stream()
        .filter(e -> e.message().contains("throwUnchecked"))
        .toList();
    assertThat(errors).hasSize(1);
    assertThat(errors.get(0).source()).isEqualTo("Alpha");
    assertThat(errors.get(0).message()).startsWith("An exception escaped NativeModule.throwUnchecked; the event "
        + "continues as if the module had not handled it: java.lang.IllegalStateException: boom 42\n\tat ");
    assertThat(errors.get(0).message()).contains("org.jiis.internal.NativeModule.throwUnchecked(NativeModule.java:");
    // The next events on the same thread still work.
    assertThat(run.line("dispatch 0 cacheCleanup")).isEqualTo("dispatch 0 cacheCleanup 0 -> 0");
    assertThat(run.probe("Alpha", "wideString")).isNotEmpty();
  }

  @Test
  void aStatusOutsideGlobalNotificationStatusBecomesContinueAndIsLoggedOnce() {
    assertThat(run.lines).containsAtLeast("dispatch 0 badStatus 0 -> 0", "dispatch 0 badStatus 0 -> 0").inOrder();
    assertThat(run.entries.stream().filter(e -> e.message().contains("badStatus returned 7")).count()).isEqualTo(1);
  }

  @Test
  void stringsCrossTheBoundaryIntact() {
    assertThat(run.probe("Alpha", "wideString")).isEqualTo("h\u00e9llo \uD83D\uDE00");
    assertThat(run.entries).contains(new LogEntry("Alpha", LogEntry.WARNING, "message from Java: gr\u00fc\u00dfe \uD83D\uDE00"));
  }

  @Test
  void afterStopEventsPassThroughWhileTheOtherModuleRunsOn() {
    assertThat(run.lines).containsAtLeast(
        "dispatch 0 cacheOperation 1 -> 1",
        "EVENTLOG|Alpha|2|terminated Alpha",
        "EVENTLOG|Alpha|2|The jiis module Alpha stopped; later events pass through.",
        "stop 0 active=0",
        "dispatch 0 cacheOperation 1 -> 0",
        "dispatch 1 cacheOperation 1 -> 1",
        "EVENTLOG|Beta|2|terminated Beta",
        "stop 1 active=0",
        "host done").inOrder();
  }

  /** -Xcheck:jni reports JNI misuse (such as an unchecked exception) through the vfprintf hook. */
  @Test
  void theJvmReportsNoJniMisuse() {
    assertThat(run.entries.stream().filter(e -> e.message().startsWith("JVM: ")).toList()).isEmpty();
    assertThat(run.output()).doesNotContain("WARNING in native method");
  }
}
