package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Where entries go on POSIX when the host process does not export jiis_host_event_log: stderr,
 * or the file named by log.file. One line per entry, with a UTC timestamp.
 */
class PosixLogSinkTest {

  private static final Pattern LINE_START =
      Pattern.compile("(?m)^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z ERROR \\[Alpha\\] The jiis module Alpha did not start: ");

  private static NativeBuild build;

  @BeforeAll
  static void build() {
    build = NativeBuild.get();
  }

  @Test
  void entriesGoToStderrByDefault() {
    Scenario scenario = Scenario.named("log-to-stderr").module(build.alpha)
        .settings("Alpha", "jvm.library = missing.so", "class.path = " + build.standinClasses);

    HostRun run = scenario.run(build.hostWithoutEventLog, "start", "0");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x00000000 active=0");
    assertThat(run.entries).isEmpty();
    assertThat(run.output()).containsMatch(LINE_START);
  }

  @Test
  void entriesGoToTheLogFileWhenOneIsSet() throws Exception {
    Scenario scenario = Scenario.named("log-to-file").module(build.alpha)
        .file("logs/.keep", "")
        .settings("Alpha", "jvm.library = missing.so", "class.path = " + build.standinClasses,
            "log.file = logs/Alpha.log");

    HostRun run = scenario.run(build.hostWithoutEventLog, "start", "0");

    assertThat(run.line("start 0")).isEqualTo("start 0 0x00000000 active=0");
    assertThat(run.output()).doesNotContainMatch(LINE_START);
    String log = new String(Files.readAllBytes(scenario.path("logs/Alpha.log")), StandardCharsets.UTF_8);
    assertThat(log).containsMatch(LINE_START);
    assertThat(log).contains(scenario.path("missing.so") + " does not exist");
  }
}
