package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;

import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;
import org.jiis.security.Sid;
import org.jiis.security.TokenHandle;
import org.junit.jupiter.api.Test;

/** Events fired at the test module, and what it saw of the simulator's cache objects. */
class HostEventsTest {

  private static final Pattern SID_BYTES = Pattern.compile("sid=([0-9a-f]+)");

  @Test
  void twoThreadsFireEveryEventRepeatTimesOnIisSizedStacks() {
    int repeat = 25;
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .threads(2)
                    .repeat(repeat)
                    .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.token())
                    .cacheOperation(CacheOperation.DELETE, CacheEntry.file("C:\\a.txt"))
                    .cacheCleanup()
                    .build())
            .run();

    report.assertNoErrors();
    int perThread = 3 * repeat;
    assertThat(report.events()).hasSize(2 * perThread);
    assertThat(report.eventsOnThread("worker-1")).hasSize(perThread);
    assertThat(report.eventsOnThread("worker-2")).hasSize(perThread);
    assertThat(report.events().stream().map(FiredEvent::sequence).distinct().count())
        .isEqualTo(2L * perThread);
    assertThat(report.events(GlobalEvent.CACHE_OPERATION)).hasSize(4 * repeat);
    assertThat(report.events(GlobalEvent.CACHE_CLEANUP)).hasSize(2 * repeat);
    // Every step is fired once per repetition on each thread, in scenario order.
    List<FiredEvent> first = report.eventsOnThread("worker-1");
    for (int i = 0; i < first.size(); i++) {
      assertThat(first.get(i).step()).isEqualTo(i % 3);
      assertThat(first.get(i).repetition()).isEqualTo(i / 3);
    }
    assertThat(report.start().get().threadStackBytes()).isEqualTo(512 * 1024);
    List<String> seen =
        report.logMessages().stream().filter(m -> m.startsWith("operation=")).toList();
    assertThat(seen).hasSize(4 * repeat);
    assertThat(seen.stream().filter(m -> !m.contains(" stack=524288 ")).toList()).isEmpty();
    HostSummary summary = report.summary();
    assertThat(summary.fired()).isEqualTo(2L * perThread);
    assertThat(summary.delivered()).isEqualTo(2L * perThread);
  }

  @Test
  void statusesAreWhatTheModuleReturned() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .repeat(3)
                    .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.token())
                    .cacheOperation(CacheOperation.DELETE, CacheEntry.token())
                    .cacheOperation(CacheOperation.DELETE, CacheEntry.uri("/x"))
                    .cacheCleanup()
                    .build())
            .run();

    assertThat(report.count(GlobalNotificationStatus.HANDLED)).isEqualTo(6);
    assertThat(report.count(GlobalNotificationStatus.CONTINUE)).isEqualTo(6);
    for (FiredEvent event : report.events()) {
      GlobalNotificationStatus expected =
          event.operation() == CacheOperation.DELETE
              ? GlobalNotificationStatus.HANDLED
              : GlobalNotificationStatus.CONTINUE;
      assertThat(event.status()).hasValue(expected);
      assertThat(event.delivered()).isTrue();
    }
    assertThat(report.summary().handled()).isEqualTo(6);
    assertThat(report.summary().continued()).isEqualTo(6);
  }

  @Test
  void eachOperationKindReachesTheModule() {
    Scenario.Builder scenario = Scenario.builder();
    for (CacheOperation operation : CacheOperation.values()) {
      scenario.cacheOperation(operation, CacheEntry.token());
    }
    HostReport report =
        HostSimulator.forModule(TestModules.testModule()).scenario(scenario.build()).run();

    assertThat(report.events().stream().map(FiredEvent::operation).toList())
        .containsExactlyElementsIn(CacheOperation.values())
        .inOrder();
    for (CacheOperation operation : CacheOperation.values()) {
      assertThat(report.logMessages())
          .contains(
              "operation=" + operation.value() + " cache=TOKEN record=present stack=524288 "
                  + "impersonation=valid primary=valid sid="
                  + sidHex("S-1-5-21-1000-2000-3000-1001") + " user=IUSR logon=3");
    }
  }

  @Test
  void tokenEntryCarriesTheBinarySidTokensAndKey() {
    String sid = "S-1-5-21-3623811015-3361044348-30300820-1013";
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .cacheOperation(
                        CacheOperation.ADD,
                        CacheEntry.token()
                            .userName("CONTOSO\\alice")
                            .logonMethod(8)
                            .sid(sid)
                            .impersonationToken(TokenHandle.State.NULL)
                            .primaryToken(TokenHandle.State.INVALID_HANDLE_VALUE))
                    .cacheOperation(CacheOperation.ADD, CacheEntry.token().withoutSid())
                    .build())
            .run();

    String seen = report.logMessages().get(1);
    assertThat(seen).contains("impersonation=NULL primary=INVALID_HANDLE_VALUE");
    assertThat(seen).contains("user=CONTOSO\\alice logon=8");
    Matcher bytes = SID_BYTES.matcher(seen);
    assertThat(bytes.find()).isTrue();
    assertThat(Sid.fromBytes(HexFormat.of().parseHex(bytes.group(1))).toString()).isEqualTo(sid);
    assertThat(report.logMessages().get(2)).contains("sid=NULL");
  }

  @Test
  void fileRecordGettersReturnTheScenarioValues() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .cacheOperation(
                        CacheOperation.ADD,
                        CacheEntry.file("C:\\inetpub\\wwwroot\\hello world.txt")
                            .content("hi there")
                            .attributes(0x21)
                            .etag("\"abc\"")
                            .lastModified(Instant.parse("1601-01-01T00:00:02Z"))
                            .lastModifiedString("Mon, 01 Jan 2024 00:00:00 GMT")
                            .httpCacheAllowed(30)
                            .vrPath("C:\\inetpub\\wwwroot")
                            .vrToken(TokenHandle.State.VALID)
                            .fileHandle(TokenHandle.State.INVALID_HANDLE_VALUE))
                    .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.file("C:\\b.txt"))
                    .build())
            .run();

    assertThat(report.logMessages().get(1))
        .endsWith(
            "cache=FILE record=present stack=524288 path=C:\\inetpub\\wwwroot\\hello world.txt "
                + "size=8 attributes=33 etag=\"abc\" modified=20000000 "
                + "modifiedString=Mon, 01 Jan 2024 00:00:00 GMT httpCache=30 "
                + "vrPath=C:\\inetpub\\wwwroot vrToken=valid "
                + "fileHandle=INVALID_HANDLE_VALUE buffer=hi there");
    assertThat(report.logMessages().get(2))
        .endsWith(
            "path=C:\\b.txt size=0 attributes=128 etag=NULL modified=0 modifiedString=NULL "
                + "httpCache=no vrPath=NULL vrToken=NULL fileHandle=valid buffer=NULL");
  }

  @Test
  void uriKeysAndNullKeysAndRecords() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .cacheOperation(
                        CacheOperation.FLUSH_PREFIX,
                        CacheEntry.uri("/app/").siteName("Intranet").siteId(7)
                            .configPath("MACHINE/WEBROOT/APPHOST/Intranet"))
                    .cacheOperation(CacheOperation.FLUSH_PREFIX,
                        CacheEntry.uri("/app/").withoutRecord())
                    .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.token().withoutKey())
                    .cacheOperation(CacheOperation.ENUM)
                    .build())
            .run();

    List<String> messages = report.logMessages();
    assertThat(messages.get(1))
        .endsWith(
            "cache=URI record=present stack=524288 url=/app/ site=Intranet siteId=7 "
                + "configPath=MACHINE/WEBROOT/APPHOST/Intranet");
    assertThat(messages.get(2)).endsWith("cache=URI record=NULL stack=524288");
    assertThat(messages.get(3)).contains("cache=NULL record=present");
    assertThat(messages.get(3)).contains("user=IUSR");
    assertThat(messages.get(4)).endsWith("cache=NULL record=NULL stack=524288");
    assertThat(report.events().get(3).entry()).isEqualTo("none");
    // A record the provider never handed out is not counted.
    assertThat(report.records().stream().map(RecordReferences::step).toList())
        .containsExactly(0, 2);
  }

  @Test
  void keysCompareAsTheIisDocumentationDescribes() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .cacheOperation(CacheOperation.ADD, CacheEntry.uri("/a/compare/x/compare"))
                    .cacheOperation(CacheOperation.ADD, CacheEntry.uri("/a/compare"))
                    .cacheOperation(CacheOperation.ADD, CacheEntry.uri("/a/compare"))
                    .cacheOperation(CacheOperation.ADD, CacheEntry.uri("/a/compare").siteId(2))
                    .cacheOperation(CacheOperation.ADD, CacheEntry.token())
                    .cacheOperation(CacheOperation.ADD, CacheEntry.uri("/b/compare"))
                    .build())
            .run();

    List<String> messages = report.logMessages();
    assertThat(messages.get(1)).endsWith("equalSelf=1 prefixSelf=1 prefixNull=0");
    assertThat(messages.get(2))
        .endsWith("prefixNull=0 equalPrevious=0 prefixOfPrevious=1 hashesEqual=0");
    assertThat(messages.get(3))
        .endsWith("prefixNull=0 equalPrevious=1 prefixOfPrevious=1 hashesEqual=1");
    // Another site: not a prefix, whatever the URL.
    assertThat(messages.get(4)).endsWith("equalPrevious=0 prefixOfPrevious=0 hashesEqual=0");
    assertThat(messages.get(6)).endsWith("equalPrevious=0 prefixOfPrevious=0 hashesEqual=0");
    List<HostError> errors = report.errors("cache-key");
    // One NULL comparison per "/compare" event, and two comparisons with a token key.
    assertThat(errors.stream().filter(e -> e.message().contains("was passed NULL")).count())
        .isEqualTo(5);
    assertThat(errors.stream().filter(e -> e.message().contains("was passed a TOKEN key")).count())
        .isEqualTo(2);
  }

  @Test
  void unsubscribedNotificationsAreNotDelivered() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .environment("JIIS_TEST_MODULE_MODE", "operations-only")
            .scenario(
                Scenario.builder()
                    .cacheCleanup()
                    .cacheOperation(CacheOperation.ADD, CacheEntry.token())
                    .build())
            .run();

    assertThat(report.registration().events()).containsExactly(GlobalEvent.CACHE_OPERATION);
    FiredEvent cleanup = report.events(GlobalEvent.CACHE_CLEANUP).get(0);
    assertThat(cleanup.delivered()).isFalse();
    assertThat(cleanup.status()).isEmpty();
    assertThat(report.events(GlobalEvent.CACHE_OPERATION).get(0).delivered()).isTrue();
    assertThat(report.logMessages()).doesNotContain("cache cleanup");
    assertThat(report.summary().fired()).isEqualTo(2);
    assertThat(report.summary().delivered()).isEqualTo(1);
  }

  @Test
  void logEntriesCarryLevelSourceThreadAndEvent() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .cacheOperation(CacheOperation.ADD, CacheEntry.token())
                    .cacheCleanup()
                    .build())
            .run();

    List<LogEntry> entries = report.logEntries();
    assertThat(entries).hasSize(4);
    assertThat(entries.get(0).thread()).isEqualTo("main");
    assertThat(entries.get(0).during()).isEqualTo("RegisterModule");
    assertThat(entries.get(0).eventSequence()).isNull();
    LogEntry cleanup = entries.get(2);
    assertThat(cleanup.source()).isEqualTo("TestModule");
    assertThat(cleanup.level()).isEqualTo(LogLevel.DEBUG);
    assertThat(cleanup.message()).isEqualTo("cache cleanup");
    assertThat(cleanup.thread()).isEqualTo("worker-1");
    assertThat(cleanup.during()).isEqualTo("OnGlobalCacheCleanup");
    assertThat(cleanup.eventSequence()).isEqualTo(1L);
    assertThat(entries.get(3).during()).isEqualTo("Terminate");
    assertThat(report.logMessages(LogLevel.DEBUG)).containsExactly("cache cleanup");
    assertThat(report.summary().logEntries()).isEqualTo(4);
  }

  @Test
  void serverCallsAreRecordedWithTheirArguments() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .cacheOperation(CacheOperation.ADD, CacheEntry.uri("/unhealthy"))
                    .cacheOperation(CacheOperation.ADD, CacheEntry.uri("/recycle"))
                    .build())
            .run();

    ServerCall unhealthy = report.serverCalls("ReportUnhealthy").get(0);
    assertThat(unhealthy.argument("reason")).isEqualTo("test module saw /unhealthy");
    assertThat(unhealthy.argument("hr")).isEqualTo("0x80004005");
    assertThat(unhealthy.thread()).isEqualTo("worker-1");
    assertThat(unhealthy.during()).isEqualTo("OnGlobalCacheOperation");
    assertThat(unhealthy.returned()).isNull();
    assertThat(report.serverCalls("RecycleProcess").get(0).argument("reason"))
        .isEqualTo("test module recycle");
    // IsCommandLineLaunch, GetAppPoolName, ReportUnhealthy, RecycleProcess
    assertThat(report.summary().serverCalls()).isEqualTo(4);
  }

  private static String sidHex(String sid) {
    return HexFormat.of().formatHex(Sid.parse(sid).toBytes());
  }
}
