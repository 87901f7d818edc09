package org.jiis.examples.tokencache;

import static com.google.common.truth.Truth.assertThat;
import static org.jiis.GlobalEvent.CACHE_CLEANUP;
import static org.jiis.GlobalEvent.CACHE_OPERATION;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.Priority;
import org.jiis.cache.CacheOperation;
import org.jiis.security.TokenHandle;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.host.CacheEntry;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.PriorityRequest;
import org.jiis.testkit.host.Registration;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.nativebuild.ModuleSettings;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The module as IIS runs it: the native library Maven built from the generated sources, loaded by
 * the IIS host simulator, starting a real JVM that runs {@link TokenCacheAudit}.
 */
class TokenCacheAuditIT {

  private static final Path LIBRARY = BuiltModules.library("TokenCacheAudit");
  private static final String VALID_TOKENS =
      "<cacheProvider><tokenEntry impersonationToken=\"valid\" primaryToken=\"valid\""
          + " sid=\"true\"/></cacheProvider>";
  private static final String NULL_IMPERSONATION_TOKEN =
      "<cacheProvider><tokenEntry impersonationToken=\"NULL\" primaryToken=\"valid\""
          + " sid=\"true\"/></cacheProvider>";
  private static final String INVALID_PRIMARY_TOKEN =
      "<cacheProvider><tokenEntry impersonationToken=\"valid\""
          + " primaryToken=\"INVALID_HANDLE_VALUE\" sid=\"true\"/></cacheProvider>";

  @TempDir Path runs;
  private HostReport report;

  @Test
  void registersForCacheOperationsAndCleanupsOnlyAtPriorityFirst() {
    report = run(true, Scenario.builder().build());

    Registration registration = report.registration();
    assertThat(registration.succeeded()).isTrue();
    assertThat(registration.globalModule()).isTrue();
    assertThat(registration.mask()).isEqualTo(CACHE_OPERATION.bit() | CACHE_CLEANUP.bit());
    assertThat(registration.unknownMaskBits()).isEqualTo(0);
    assertThat(registration.priorities()).containsExactly(
        new PriorityRequest(CACHE_OPERATION, Priority.FIRST),
        new PriorityRequest(CACHE_CLEANUP, Priority.FIRST));
    assertThat(report.registrationCalls("SetGlobalNotifications")).hasSize(1);
  }

  @Test
  void writesTheSamplesXmlForValidNullAndInvalidTokens() {
    report = run(true, Scenario.builder()
        .cacheOperation(CacheOperation.ADD,
            CacheEntry.token().userName("CONTOSO\\alice").sid("S-1-5-21-1-2-3-1001"))
        .cacheOperation(CacheOperation.RETRIEVE,
            CacheEntry.token().impersonationToken(TokenHandle.State.NULL))
        .cacheOperation(CacheOperation.DELETE,
            CacheEntry.token().primaryToken(TokenHandle.State.INVALID_HANDLE_VALUE))
        .cacheCleanup()
        .build());

    assertThat(entriesDuringEvents()).containsExactly(
        new Written(0, LogLevel.INFO, VALID_TOKENS),
        new Written(1, LogLevel.INFO, NULL_IMPERSONATION_TOKEN),
        new Written(2, LogLevel.INFO, INVALID_PRIMARY_TOKEN)).inOrder();
  }

  @Test
  void writesNothingWithDebugOff() {
    report = run(false, Scenario.builder()
        .cacheOperation(CacheOperation.ADD, CacheEntry.token())
        .cacheOperation(CacheOperation.RETRIEVE,
            CacheEntry.token().impersonationToken(TokenHandle.State.NULL))
        .cacheCleanup()
        .build());

    assertThat(report.events()).hasSize(3);
    assertThat(entriesDuringEvents()).isEmpty();
  }

  @Test
  void writesNoTokenElementForFileUriOrMissingRecords() {
    report = run(true, Scenario.builder()
        .cacheOperation(CacheOperation.ADD, CacheEntry.file("C:\\inetpub\\wwwroot\\index.htm"))
        .cacheOperation(CacheOperation.FLUSH_PREFIX, CacheEntry.uri("/app/"))
        .cacheOperation(CacheOperation.ENUM)
        .cacheOperation(CacheOperation.ADD, CacheEntry.token().withoutRecord())
        .cacheOperation(CacheOperation.ADD, CacheEntry.token())
        .build());

    assertThat(entriesDuringEvents()).containsExactly(new Written(4, LogLevel.INFO, VALID_TOKENS));
  }

  @Test
  void auditsConcurrentOperationsOnIisSizedThreads() {
    report = run(true, Scenario.builder()
        .threads(4)
        .repeat(25)
        .cacheOperation(CacheOperation.ADD, CacheEntry.token())
        .cacheOperation(CacheOperation.RETRIEVE,
            CacheEntry.token().primaryToken(TokenHandle.State.INVALID_HANDLE_VALUE))
        .cacheCleanup()
        .build());

    assertThat(report.events()).hasSize(4 * 25 * 3);
    List<String> written = entriesDuringEvents().stream().map(Written::message).toList();
    assertThat(written).hasSize(4 * 25 * 2);
    assertThat(written.stream().filter(VALID_TOKENS::equals).count()).isEqualTo(100);
    assertThat(written.stream().filter(INVALID_PRIMARY_TOKEN::equals).count()).isEqualTo(100);
  }

  /** Every run: each event delivered and answered CONTINUE, no errors, no reference kept. */
  @AfterEach
  void theRunWasClean() {
    if (report == null) {
      return;
    }
    report.assertNoErrors();
    assertThat(report.terminated()).isTrue();
    for (FiredEvent event : report.events()) {
      assertThat(event.delivered()).isTrue();
      assertThat(event.status()).isEqualTo(Optional.of(GlobalNotificationStatus.CONTINUE));
    }
    assertThat(report.unbalancedRecords()).isEmpty();
    assertThat(report.summary().unbalancedRecords()).isEqualTo(0);
  }

  /** Installs the built module with its settings in a folder of its own and runs it. */
  private HostReport run(boolean debug, Scenario scenario) {
    Path module = ModuleSettings.forTestRun()
        .classPathOf(TokenCacheAudit.class, GlobalModule.class)
        .debug(debug)
        .installCopy(LIBRARY, runs.resolve(debug ? "debug" : "quiet"));
    return HostSimulator.forModule(module).scenario(scenario).run();
  }

  /** What the module wrote while handling events (the runtime's start and stop entries aside). */
  private List<Written> entriesDuringEvents() {
    return report.logEntries().stream()
        .filter(entry -> entry.eventSequence() != null)
        .map(entry -> new Written(stepOf(entry), entry.level(), entry.message()))
        .toList();
  }

  private int stepOf(LogEntry entry) {
    return report.events().stream()
        .filter(event -> event.sequence() == entry.eventSequence())
        .findFirst()
        .orElseThrow()
        .step();
  }

  /** An event-log entry written while the simulator delivered the event of a scenario step. */
  private record Written(int step, LogLevel level, String message) {}
}
