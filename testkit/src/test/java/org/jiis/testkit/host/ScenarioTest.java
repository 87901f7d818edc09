package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.jiis.GlobalEvent;
import org.jiis.cache.CacheOperation;
import org.jiis.security.TokenHandle;
import org.junit.jupiter.api.Test;

class ScenarioTest {

  @Test
  void rendersSettingsBeforeEventsInTheLineFormat() {
    Scenario scenario =
        Scenario.builder()
            .cacheOperation(
                CacheOperation.RETRIEVE,
                CacheEntry.token()
                    .userName("CONTOSO\\alice")
                    .logonMethod(8)
                    .sid("S-1-5-21-1-2-3-500")
                    .impersonationToken(TokenHandle.State.NULL)
                    .primaryToken(TokenHandle.State.INVALID_HANDLE_VALUE))
            .threads(2)
            .repeat(5)
            .cacheCleanup()
            .cacheOperation(CacheOperation.ENUM)
            .build();

    assertThat(scenario.lines())
        .containsExactly(
            "threads 2",
            "repeat 5",
            "cache-operation RETRIEVE token user=CONTOSO\\alice logon=8 sid=S-1-5-21-1-2-3-500 "
                + "impersonation=null primary=invalid",
            "cache-cleanup",
            "cache-operation ENUM none")
        .inOrder();
    assertThat(scenario.text()).endsWith("cache-operation ENUM none\n");
  }

  @Test
  void escapesWhatWouldSplitATokenAndKeepsTheStringNull() {
    String line =
        Scenario.builder()
            .cacheOperation(
                CacheOperation.ADD,
                CacheEntry.file("C:\\My Files\\100%.txt").etag("null").content("a\tb"))
            .build()
            .lines()
            .get(0);

    assertThat(line)
        .isEqualTo(
            "cache-operation ADD file path=C:\\My%20Files\\100%25.txt etag=%6Eull content=a%09b");
  }

  @Test
  void rendersEveryCommonAndFileField() {
    String line =
        Scenario.builder()
            .cacheOperation(
                CacheOperation.DELETE,
                CacheEntry.file("/f")
                    .size(7)
                    .attributes(0x21)
                    .lastModified(Instant.parse("1601-01-01T00:00:01Z"))
                    .lastModifiedString("Mon, 01 Jan 2024 00:00:00 GMT")
                    .httpCacheAllowed(30)
                    .vrPath("C:\\vdir")
                    .vrToken(TokenHandle.State.VALID)
                    .fileHandle(TokenHandle.State.NULL)
                    .withoutKey()
                    .withoutRecordKey()
                    .ttl(3)
                    .flushed(true))
            .build()
            .lines()
            .get(0);

    assertThat(line)
        .isEqualTo(
            "cache-operation DELETE file path=/f size=7 attributes=0x21 last-modified=10000000 "
                + "last-modified-string=Mon,%2001%20Jan%202024%2000:00:00%20GMT http-cache=30 "
                + "vr-path=C:\\vdir vr-token=valid file-handle=null key=null record-key=null "
                + "ttl=3 flushed=true");
  }

  @Test
  void rendersUriEntriesAndMissingRecords() {
    assertThat(
            Scenario.builder()
                .cacheOperation(
                    CacheOperation.FLUSH_PREFIX,
                    CacheEntry.uri("/app/")
                        .siteName("Intranet Site")
                        .siteId(3)
                        .configPath("MACHINE/WEBROOT/APPHOST/Intranet Site")
                        .withoutRecord())
                .appPoolName("Pool A")
                .build()
                .lines())
        .containsExactly(
            "app-pool Pool%20A",
            "cache-operation FLUSH_PREFIX uri url=/app/ site=Intranet%20Site site-id=3 "
                + "config-path=MACHINE/WEBROOT/APPHOST/Intranet%20Site record=null")
        .inOrder();
  }

  @Test
  void tokenWithoutSidSaysNull() {
    assertThat(
            Scenario.builder()
                .cacheOperation(CacheOperation.ADD, CacheEntry.token().withoutSid())
                .build()
                .lines())
        .containsExactly("cache-operation ADD token sid=null");
  }

  @Test
  void rendersTheRunSettingsAndTheTerminatePoint() {
    assertThat(
            Scenario.builder()
                .terminateAfterEvents(0)
                .threadTurnover(3)
                .memoryEvery(1000)
                .eventLines(false)
                .cacheCleanup()
                .afterWorkers()
                .cacheCleanup()
                .terminate()
                .cacheOperation(CacheOperation.ADD)
                .build()
                .lines())
        .containsExactly(
            "terminate-after-events 0",
            "thread-turnover 3",
            "memory-every 1000",
            "event-lines none",
            "cache-cleanup",
            "after-workers",
            "cache-cleanup",
            "terminate",
            "cache-operation ADD none")
        .inOrder();
  }

  @Test
  void rejectsValuesTheSimulatorCannotTake() {
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().threads(0));
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().threads(257));
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().repeat(0));
    assertThrows(IllegalArgumentException.class, () -> CacheEntry.token().sid("S-1-5-x"));
    assertThrows(IllegalArgumentException.class, () -> CacheEntry.token().logonMethod(-1));
    assertThrows(
        IllegalArgumentException.class,
        () -> CacheEntry.file("/f").lastModified(Instant.parse("1600-12-31T23:59:59Z")));
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().line("a\nb"));
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().terminateAfterEvents(-1));
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().threadTurnover(0));
    assertThrows(IllegalArgumentException.class, () -> Scenario.builder().memoryEvery(0));
    assertThrows(IllegalStateException.class, () -> Scenario.builder().terminate().terminate());
    assertThrows(IllegalStateException.class, () -> Scenario.builder().terminate().afterWorkers());
  }

  @Test
  void rendersOtherNotificationsWithSortedEscapedFieldsAndResume() {
    Map<String, String> fields = new HashMap<>();
    fields.put("type", "Site A");
    fields.put("application", null);
    fields.put("name", "null");
    assertThat(
            Scenario.builder()
                .notification(GlobalEvent.APPLICATION_RESOLVE_MODULES)
                .notification(GlobalEvent.CUSTOM_NOTIFICATION, fields)
                .notification(GlobalEvent.SUSPEND_PROCESS)
                .resume()
                .build()
                .lines())
        .containsExactly(
            "application-resolve-modules",
            "custom-notification application=null name=%6Eull type=Site%20A",
            "suspend-process",
            "resume")
        .inOrder();
    IllegalArgumentException cache = assertThrows(IllegalArgumentException.class,
        () -> Scenario.builder().notification(GlobalEvent.CACHE_CLEANUP));
    assertThat(cache).hasMessageThat().contains("cacheCleanup()");
  }
}
