package org.jiis.examples.serverwatch.everyevent;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jiis.GlobalEvent;
import org.jiis.GlobalModule;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.CacheOperation;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.host.FiredEvent;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.ProviderCall;
import org.jiis.testkit.host.ResumeCall;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.host.ServerCall;
import org.jiis.testkit.nativebuild.ModuleSettings;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every notification end to end: the generated module of {@link EveryEventProbe} runs in the IIS
 * host simulator, which fires each notification once with its provider's data; each test checks
 * that the Java handler saw the data (the event log entries it wrote) and that the status it
 * returned, and what it did with the provider, reached the host.
 */
class EveryEventIT {

  private static final String TRACE_ITEMS =
      "Url:LPCWSTR:/a,Code:ULONG:7:the code,Id:LPCGUID:{6A11500D-0001-4000-8000-000000000002}";

  @TempDir static Path run;
  private static HostReport report;

  @BeforeAll
  static void runEveryNotification() {
    Path module = ModuleSettings.forTestRun()
        .classPathOf(EveryEventProbe.class, GlobalModule.class)
        .installCopy(BuiltModules.library("EveryEventProbe"), run);
    Map<String, String> noApplication = new HashMap<>();
    noApplication.put("application", null);
    report = HostSimulator.forModule(module)
        .scenario(Scenario.builder()
            .appPoolName("ShopPool")
            .commandLineLaunch(false)
            .serverVersion(8)
            .notification(GlobalEvent.STOP_LISTENING, Map.of("drain", "false"))
            .cacheCleanup()
            .cacheOperation(CacheOperation.FLUSH_PREFIX)
            .notification(GlobalEvent.HEALTH_CHECK)
            .notification(GlobalEvent.CONFIGURATION_CHANGE,
                Map.of("path", "MACHINE/WEBROOT/APPHOST/Shop Site"))
            .notification(GlobalEvent.FILE_CHANGE, Map.of("file", "D:\\shop\\web.config"))
            .notification(GlobalEvent.PRE_BEGIN_REQUEST)
            .notification(GlobalEvent.APPLICATION_START, Map.of("app-id", "/LM/W3SVC/2/ROOT/shop",
                "physical-path", "D:\\shop\\", "config-path", "MACHINE/WEBROOT/APPHOST/Shop Site"))
            .notification(GlobalEvent.APPLICATION_RESOLVE_MODULES)
            .notification(GlobalEvent.APPLICATION_STOP, noApplication)
            .notification(GlobalEvent.RSCA_QUERY, Map.of("function", "status", "parameters", "all"))
            .notification(GlobalEvent.TRACE_EVENT, Map.of("name", "ShopEvent", "area", "6",
                "event", "9", "verbosity", "5", "timestamp", "1234", "flags", "1",
                "items", TRACE_ITEMS))
            .notification(GlobalEvent.CUSTOM_NOTIFICATION, Map.of("type", "shop.warmup"))
            .notification(GlobalEvent.CUSTOM_NOTIFICATION, Map.of("type", EveryEventProbe.REPORT_UNHEALTHY))
            .notification(GlobalEvent.CUSTOM_NOTIFICATION, Map.of("type", EveryEventProbe.RECYCLE))
            .notification(GlobalEvent.THREAD_CLEANUP, Map.of("app-id", "/LM/W3SVC/2/ROOT/cart"))
            .notification(GlobalEvent.APPLICATION_PRELOAD)
            .notification(GlobalEvent.SUSPEND_PROCESS)
            .resume()
            .build())
        .run();
  }

  /** The one event line of this notification, delivered, with the status the handler chose. */
  private static FiredEvent delivered(GlobalEvent event) {
    List<FiredEvent> events = report.events(event);
    assertThat(events).isNotEmpty();
    FiredEvent fired = events.get(0);
    assertThat(fired.delivered()).isTrue();
    assertThat(fired.status()).hasValue(EveryEventProbe.HANDLED_EVENTS.contains(event)
        ? GlobalNotificationStatus.HANDLED
        : GlobalNotificationStatus.CONTINUE);
    return fired;
  }

  private static void assertLogged(String message) {
    assertThat(report.logMessages(LogLevel.INFO)).contains(message);
  }

  @Test
  void theRunHasNoErrorsAndEveryHandlerWasCalledOnce() {
    report.assertNoErrors();
    assertThat(report.logMessages(LogLevel.ERROR)).isEmpty();
    assertThat(report.logMessages(LogLevel.WARNING)).isEmpty();
    assertThat(report.terminated()).isTrue();
    assertThat(report.summary().delivered()).isEqualTo(report.summary().fired());
    assertThat(report.summary().otherStatus()).isEqualTo(0);
  }

  @Test
  void stopListening() {
    FiredEvent event = delivered(GlobalEvent.STOP_LISTENING);
    assertLogged("stop-listening: drain=false");
    assertThat(event.errorStatus()).isEqualTo(EveryEventProbe.ERROR_STATUS);
  }

  @Test
  void cacheCleanup() {
    delivered(GlobalEvent.CACHE_CLEANUP);
    assertLogged("cache-cleanup");
  }

  @Test
  void cacheOperation() {
    delivered(GlobalEvent.CACHE_OPERATION);
    assertLogged("cache-operation: FLUSH_PREFIX");
  }

  @Test
  void healthCheck() {
    delivered(GlobalEvent.HEALTH_CHECK);
    assertLogged("health-check");
  }

  @Test
  void configurationChange() {
    delivered(GlobalEvent.CONFIGURATION_CHANGE);
    assertLogged("configuration-change: MACHINE/WEBROOT/APPHOST/Shop Site");
  }

  @Test
  void fileChange() {
    delivered(GlobalEvent.FILE_CHANGE);
    assertLogged("file-change: D:\\shop\\web.config");
  }

  @Test
  void preBeginRequest() {
    delivered(GlobalEvent.PRE_BEGIN_REQUEST);
    assertLogged("pre-begin-request");
  }

  @Test
  void applicationStart() {
    delivered(GlobalEvent.APPLICATION_START);
    assertLogged("application-start: /LM/W3SVC/2/ROOT/shop D:\\shop\\ MACHINE/WEBROOT/APPHOST/Shop Site");
  }

  @Test
  void applicationResolveModules() {
    FiredEvent event = delivered(GlobalEvent.APPLICATION_RESOLVE_MODULES);
    assertLogged("application-resolve-modules: /LM/W3SVC/1/ROOT C:\\inetpub\\wwwroot\\"
        + " MACHINE/WEBROOT/APPHOST/Default Web Site");
    List<ProviderCall> priorities = event.providerCalls("SetPriorityForRequestNotification");
    assertThat(priorities).hasSize(1);
    assertThat(priorities.get(0).argument("moduleName")).isEqualTo("ProbeRequestModule");
    assertThat(priorities.get(0).argument("notification")).isEqualTo("4");
    assertThat(priorities.get(0).argument("priority")).isEqualTo("HIGH");
  }

  @Test
  void applicationStop() {
    FiredEvent event = delivered(GlobalEvent.APPLICATION_STOP);
    assertLogged("application-stop: null");
    assertThat(event.errorStatus()).isEqualTo(EveryEventProbe.ERROR_STATUS);
  }

  @Test
  void rscaQuery() {
    FiredEvent event = delivered(GlobalEvent.RSCA_QUERY);
    assertLogged("rsca-query: status(all)");
    List<ProviderCall> results = event.providerCalls("SetResult");
    assertThat(results).hasSize(1);
    assertThat(results.get(0).argument("hr")).isEqualTo("0x00000000");
    assertThat(results.get(0).argument("data"))
        .isEqualTo(HexFormat.of().formatHex("pong:all".getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void traceEvent() {
    FiredEvent event = delivered(GlobalEvent.TRACE_EVENT);
    // LPCWSTR data is the simulator's wchar_t string: UTF-32LE with its NUL on Linux.
    assertLogged("trace-event: provider=6a11500d-0001-4000-8000-000000000001 area=6 areaGuid=null"
        + " event=9 name=ShopEvent version=1 verbosity=5"
        + " activity=00000000-0000-0000-8001-000000000001 related=null timeStamp=1234 flags=1"
        + " items=Url:31:2f0000006100000000000000:null,Code:19:07000000:the code,"
        + "Id:72:0d50116a010000408000000000000002:null subscribed=true");
    assertThat(event.providerCalls("CheckSubscription").get(0).argument("moduleId"))
        .isEqualTo("own");
  }

  @Test
  void customNotification() {
    delivered(GlobalEvent.CUSTOM_NOTIFICATION);
    assertLogged("custom-notification: shop.warmup");
    assertThat(report.events(GlobalEvent.CUSTOM_NOTIFICATION)).hasSize(3);
  }

  @Test
  void threadCleanup() {
    delivered(GlobalEvent.THREAD_CLEANUP);
    assertLogged("thread-cleanup: /LM/W3SVC/2/ROOT/cart C:\\inetpub\\wwwroot\\"
        + " MACHINE/WEBROOT/APPHOST/Default Web Site");
  }

  @Test
  void applicationPreload() {
    delivered(GlobalEvent.APPLICATION_PRELOAD);
    assertLogged("application-preload");
  }

  @Test
  void suspendProcessAndResume() {
    FiredEvent event = delivered(GlobalEvent.SUSPEND_PROCESS);
    assertLogged("suspend-process");
    assertThat(event.callbackStored()).isTrue();
    List<ResumeCall> resumes = report.resumes();
    assertThat(resumes).hasSize(1);
    assertThat(resumes.get(0).callback()).isTrue();
    assertThat(resumes.get(0).hresult()).isEqualTo(0);
    assertLogged("resume: ran");
  }

  @Test
  void theServerOfTheModuleContextIsTheSimulatorsIHttpServer() {
    assertLogged("server: appPool=ShopPool commandLine=false version=8");
    List<ServerCall> unhealthy = report.serverCalls("ReportUnhealthy");
    assertThat(unhealthy).hasSize(1);
    assertThat(unhealthy.get(0).argument("reason")).isEqualTo("probe asked to report unhealthy");
    assertThat(unhealthy.get(0).argument("hr")).isEqualTo("0x80004005");
    assertThat(unhealthy.get(0).during()).isEqualTo("OnGlobalCustomNotification");
    List<ServerCall> recycles = report.serverCalls("RecycleProcess");
    assertThat(recycles).hasSize(1);
    assertThat(recycles.get(0).argument("reason")).isEqualTo("probe asked to recycle");
  }
}
