package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.time.Duration;
import org.jiis.GlobalEvent;
import org.jiis.cache.CacheOperation;
import org.junit.jupiter.api.Test;

/** What the simulator reports when the module, its path or the scenario is wrong. */
class HostFailuresTest {

  @Test
  void missingModuleIsAClearLoadError() {
    Path missing = Path.of("target/no-such-module.so").toAbsolutePath();

    HostReport report = HostSimulator.forModule(missing).run();

    assertThat(report.errors()).hasSize(1);
    HostError error = report.errors("module-load").get(0);
    assertThat(error.message()).contains(missing.toString());
    assertThat(error.message()).contains("No such file or directory");
    assertThat(report.hasRegistration()).isFalse();
    IllegalStateException e = assertThrows(IllegalStateException.class, report::registration);
    assertThat(e).hasMessageThat().contains("No such file or directory");
    assertThat(report.summary().exitCode()).isEqualTo(1);
  }

  @Test
  void sharedObjectWithoutRegisterModuleIsAnEntryPointError() {
    HostReport report = HostSimulator.forModule(TestModules.noEntryPoint()).run();

    HostError error = report.errors("entry-point").get(0);
    assertThat(error.message()).contains("exports no RegisterModule");
    assertThat(report.hasRegistration()).isFalse();
  }

  @Test
  void subscribedButNotOverriddenIsADebugBreak() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .environment("JIIS_TEST_MODULE_MODE", "no-cleanup-override")
            .scenario(Scenario.builder().repeat(2).cacheCleanup().build())
            .run();

    assertThat(report.errors("debug-break")).hasSize(2);
    HostError error = report.errors("debug-break").get(0);
    assertThat(error.during()).isEqualTo("OnGlobalCacheCleanup");
    assertThat(error.message()).contains("without overriding OnGlobalCacheCleanup");
    assertThat(report.summary().debugBreaks()).isEqualTo(2);
    // The default body continues after the breakpoint, as under a debugger.
    assertThat(report.events(GlobalEvent.CACHE_CLEANUP).get(1).delivered()).isTrue();
    assertThat(report.terminated()).isTrue();
    assertThat(report.standardError()).contains("default body");
  }

  @Test
  void exceptionEscapingTheModuleIsReported() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .environment("JIIS_TEST_MODULE_MODE", "throw")
            .scenario(
                Scenario.builder().cacheOperation(CacheOperation.ADD, CacheEntry.token()).build())
            .run();

    assertThat(report.errors("exception").get(0).message())
        .contains("escaped OnGlobalCacheOperation");
    assertThat(report.events().get(0).status()).isEmpty();
    assertThat(report.terminated()).isTrue();
  }

  @Test
  void crashIsAnExceptionWithThePartialReport() {
    HostSimulatorException e =
        assertThrows(
            HostSimulatorException.class,
            () ->
                HostSimulator.forModule(TestModules.testModule())
                    .environment("JIIS_TEST_MODULE_MODE", "crash")
                    .scenario(
                        Scenario.builder()
                            .cacheOperation(CacheOperation.ADD, CacheEntry.token())
                            .build())
                    .run());

    assertThat(e).hasMessageThat().contains("stopped before finishing its report");
    assertThat(e).hasMessageThat().contains("SIGABRT");
    HostReport partial = e.partialReport().get();
    assertThat(partial.isComplete()).isFalse();
    assertThat(partial.registration().succeeded()).isTrue();
  }

  @Test
  void hangingModuleIsKilledAfterTheTimeout() {
    HostSimulatorException e =
        assertThrows(
            HostSimulatorException.class,
            () ->
                HostSimulator.forModule(TestModules.testModule())
                    .environment("JIIS_TEST_MODULE_MODE", "hang")
                    .timeout(Duration.ofSeconds(2))
                    .scenario(Scenario.builder().cacheCleanup().build())
                    .run());

    assertThat(e).hasMessageThat().contains("did not finish within 2 s");
    assertThat(e.partialReport().get().events()).isEmpty();
    assertThat(e.partialReport().get().hasRegistration()).isTrue();
  }

  @Test
  void rejectedScenarioNamesTheLine() {
    HostSimulatorException e =
        assertThrows(
            HostSimulatorException.class,
            () ->
                HostSimulator.forModule(TestModules.testModule())
                    .scenario(Scenario.builder().line("cache-operation FETCH token").build())
                    .run());

    assertThat(e).hasMessageThat().contains("scenario.txt:1");
    assertThat(e).hasMessageThat().contains("unknown cache operation 'FETCH'");
    assertThat(e.partialReport().get().summary().exitCode()).isEqualTo(2);
  }

  @Test
  void rejectedRunSettingsSayWhatIsAllowed() {
    assertThat(rejection(Scenario.builder().line("event-lines some").build()))
        .contains("scenario.txt:1: 'event-lines' must be all or none, got 'some'");
    assertThat(rejection(Scenario.builder().line("thread-turnover 0").build()))
        .contains("'thread-turnover' needs a number from 1 to 10000000, got '0'");
    assertThat(rejection(Scenario.builder().line("terminate").line("terminate").build()))
        .contains("scenario.txt:2: 'terminate' is written twice");
    assertThat(rejection(Scenario.builder().line("terminate").line("after-workers").build()))
        .contains("scenario.txt:2: 'after-workers' comes after 'terminate'");
    assertThat(rejection(Scenario.builder().line("memory every 5").build()))
        .contains("unknown line 'memory' (known: cache-operation, cache-cleanup, stop-listening, "
            + "health-check, configuration-change, file-change, pre-begin-request, application-start, "
            + "application-resolve-modules, application-stop, rsca-query, trace-event, "
            + "custom-notification, thread-cleanup, application-preload, suspend-process, resume, "
            + "after-workers, terminate, threads, repeat, server-version, app-pool, module-name, command-line-launch, "
            + "terminate-after-events, thread-turnover, memory-every, event-lines;");
  }

  private static String rejection(Scenario scenario) {
    HostSimulatorException e =
        assertThrows(
            HostSimulatorException.class,
            () -> HostSimulator.forModule(TestModules.testModule()).scenario(scenario).run());
    assertThat(e.exitStatus()).hasValue(2);
    return e.getMessage();
  }
}
