package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Startup failures before a JVM exists: bad settings, no JVM to be found, a malformed spec. Each
 * must produce exactly one error entry that says what to fix (and, for discovery, every place
 * tried), then leave the module inert (default) or return the HRESULT (startup.failure = fail).
 */
class StartupFailureTest {

  private static NativeBuild build;

  @BeforeAll
  static void build() {
    build = NativeBuild.get();
  }

  @Test
  void withNoSettingsAndNoJavaHomeEveryPlaceTriedIsLoggedOnceAndTheModuleStaysInert() {
    Scenario scenario = Scenario.named("no-jvm-anywhere").module(build.alpha).file("Alpha.jar", "");

    HostRun run = scenario.run(build.host, "start", "0", "dispatch", "0", "cacheOperation", "1");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x00000000 active=0");
    assertThat(run.line("dispatch 0")).isEqualTo("dispatch 0 cacheOperation 1 -> 0");
    LogEntry error = run.onlyError();
    assertThat(error.source()).isEqualTo("Alpha");
    assertThat(error.message()).isEqualTo("The jiis module Alpha did not start: no Java runtime found. "
        + "Places tried:\n"
        + "  - " + scenario.path("Alpha.jiis.properties") + ": no such file (it can set jvm.library or java.home)\n"
        + "  - JAVA_HOME: not set for this process\n"
        + "To fix: set jvm.library (the JVM library, e.g. <java home>/lib/server/libjvm.so) or java.home in "
        + scenario.path("Alpha.jiis.properties") + ", or set JAVA_HOME for the worker process. "
        + "Java 17 or later is needed, with the same bitness as the process.\n"
        + "The module stays inactive and IIS runs on without it "
        + "(startup.failure = inert; set it to fail to make RegisterModule fail).");
  }

  @Test
  void aJavaHomeWithoutAJvmListsEveryLibraryPathTried() {
    Scenario scenario = Scenario.named("java-home-without-jvm").module(build.alpha).file("Alpha.jar", "");
    String home = scenario.dir.toString();
    scenario.environment(env -> env.put("JAVA_HOME", home));

    HostRun run = scenario.run(build.host, "start", "0");

    assertThat(run.onlyError().message()).contains(
        "  - JAVA_HOME=" + home + ": " + home + "/lib/server/libjvm.so does not exist\n"
            + "  - JAVA_HOME=" + home + ": " + home + "/lib/client/libjvm.so does not exist\n");
  }

  @Test
  void aJavaHomeThatDoesNotExistIsReportedAsSuch() {
    Scenario scenario = Scenario.named("java-home-missing").module(build.alpha).file("Alpha.jar", "")
        .environment(env -> env.put("JAVA_HOME", "/nonexistent/jdk"));

    HostRun run = scenario.run(build.host, "start", "0");

    assertThat(run.onlyError().message()).contains("  - JAVA_HOME=/nonexistent/jdk: the folder /nonexistent/jdk does not exist\n");
  }

  @Test
  void anExplicitJvmLibraryIsTheOnlyPlaceTriedAndFailPolicyReturnsTheHresult() {
    Scenario scenario = Scenario.named("explicit-library-missing").module(build.alpha)
        .settings("Alpha",
            "jvm.library = jdk/lib/server/libjvm.so",
            "class.path = " + build.standinClasses,
            "startup.failure = fail")
        .environment(env -> env.put("JAVA_HOME", build.javaHome.toString()));

    HostRun run = scenario.run(build.host, "start", "0", "dispatch", "0", "cacheOperation", "1");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x80070002 active=0");
    assertThat(run.line("dispatch 0")).isEqualTo("dispatch 0 cacheOperation 1 -> 0");
    String message = run.onlyError().message();
    assertThat(message).contains("Places tried:\n  - jvm.library in " + scenario.path("Alpha.jiis.properties")
        + ": " + scenario.path("jdk/lib/server/libjvm.so") + " does not exist\nTo fix:");
    assertThat(message).doesNotContain("JAVA_HOME=");
    assertThat(message).endsWith("RegisterModule returns 0x80070002 (startup.failure = fail).");
  }

  @Test
  void librariesThatAreNotJvmsAreRejectedWithTheReason() {
    Scenario notAJvm = Scenario.named("library-not-a-jvm").module(build.alpha)
        .copy(build.beta, "fake/libjvm.so")
        .settings("Alpha", "jvm.library = fake/libjvm.so", "class.path = " + build.standinClasses);
    assertThat(notAJvm.run(build.host, "start", "0").onlyError().message()).contains(
        notAJvm.path("fake/libjvm.so") + " is not a JVM library (it does not export JNI_CreateJavaVM)");

    Scenario notALibrary = Scenario.named("library-not-a-library").module(build.alpha)
        .file("fake/libjvm.so", "not an ELF file")
        .settings("Alpha", "jvm.library = fake/libjvm.so", "class.path = " + build.standinClasses);
    assertThat(notALibrary.run(build.host, "start", "0").onlyError().message()).contains(
        notALibrary.path("fake/libjvm.so") + " could not be loaded: ");
  }

  @Test
  void everyBadSettingsLineIsListedInTheOneEntry() {
    Scenario scenario = Scenario.named("bad-settings").module(build.alpha)
        .settings("Alpha",
            "# the failure policy still applies when other lines are wrong",
            "startup.failure = fail",
            "log.level = loud",
            "jvm.options = -Xmx1g");

    HostRun run = scenario.run(build.host, "start", "0");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x8007000D active=0");
    String file = scenario.path("Alpha.jiis.properties").toString();
    assertThat(run.onlyError().message()).isEqualTo("The jiis module Alpha did not start: "
        + file + " has 2 error(s):\n"
        + "  - " + file + ":3: log.level must be error, warning, info or debug, not 'loud'\n"
        + "  - " + file + ":4: unknown setting 'jvm.options'; the settings are: java.home, jvm.library, "
        + "class.path, jvm.option, jvm.xrs, startup.failure, log.level, log.file, debug, event.upcalls\n"
        + "RegisterModule returns 0x8007000D (startup.failure = fail).");
  }

  @Test
  void missingClassPathEntriesAreReportedBeforeAnyJvmIsLookedFor() {
    Scenario scenario = Scenario.named("class-path-missing").module(build.alpha)
        .file("empty-lib/readme.txt", "no jars here")
        .settings("Alpha", "class.path = Alpha.jar; empty-lib/*; no-such-folder/*");

    HostRun run = scenario.run(build.host, "start", "0");

    assertThat(run.onlyError().message()).contains(
        "class path entry " + scenario.path("Alpha.jar") + " does not exist\n"
            + "class path entry " + scenario.path("empty-lib/*") + ": no .jar files in " + scenario.path("empty-lib") + "\n"
            + "class path entry " + scenario.path("no-such-folder/*") + ": the folder "
            + scenario.path("no-such-folder") + " does not exist\n"
            + "Set class.path in " + scenario.path("Alpha.jiis.properties"));
    assertThat(run.onlyError().message()).doesNotContain("Places tried");
  }

  @Test
  void aMalformedModuleSpecIsRejected() {
    Scenario scenario = Scenario.named("malformed-spec").module(build.badSpec);

    HostRun run = scenario.run(build.host, "start", "0");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x00000000 active=0");
    LogEntry error = run.onlyError();
    assertThat(error.source()).isEqualTo("Delta");
    assertThat(error.message()).contains(
        "events[0] (cacheOperation) has the signature '(I)I'; event entry points are '(J)I' or '()I'");
  }
}
