package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.jiis.GlobalEvent;
import org.jiis.GlobalNotificationStatus;
import org.junit.jupiter.api.Test;

/**
 * The notifications other than the cache ones, fired at notifications_module.cpp (a hand-written
 * module that logs what each provider gave and uses the providers' actions).
 */
class HostNotificationsTest {

  private static HostReport run(Scenario scenario) {
    HostReport report =
        HostSimulator.forModule(TestModules.notificationsModule()).scenario(scenario).run();
    report.assertNoErrors();
    return report;
  }

  /** The fields plus one whose value is null (the bare word null: the getter returns NULL). */
  private static Map<String, String> withNull(Map<String, String> fields, String nullField) {
    Map<String, String> all = new HashMap<>(fields);
    all.put(nullField, null);
    return all;
  }

  private static FiredEvent only(HostReport report, GlobalEvent event) {
    List<FiredEvent> events = report.events(event);
    assertThat(events).hasSize(1);
    assertThat(events.get(0).delivered()).isTrue();
    return events.get(0);
  }

  @Test
  void providersHandOutTheScenarioValues() {
    HostReport report = run(Scenario.builder()
        .notification(GlobalEvent.STOP_LISTENING, Map.of("drain", "false"))
        .notification(GlobalEvent.CONFIGURATION_CHANGE, Map.of("path", "MACHINE/WEBROOT/APPHOST/Site A"))
        .notification(GlobalEvent.FILE_CHANGE, Map.of("file", "C:\\site\\web.config"))
        .notification(GlobalEvent.APPLICATION_START, Map.of("app-id", "/LM/W3SVC/2/ROOT/shop",
            "physical-path", "D:\\shop\\", "config-path", "MACHINE/WEBROOT/APPHOST/Shop"))
        .notification(GlobalEvent.APPLICATION_STOP, withNull(Map.of(), "application"))
        .notification(GlobalEvent.THREAD_CLEANUP)
        .notification(GlobalEvent.CUSTOM_NOTIFICATION, Map.of("type", "Ping"))
        .build());

    assertThat(report.logMessages(LogLevel.INFO)).containsExactly(
        "stop-listening: drain=FALSE",
        "configuration-change: MACHINE/WEBROOT/APPHOST/Site A",
        "file-change: C:\\site\\web.config monitor",
        "application-start: /LM/W3SVC/2/ROOT/shop D:\\shop\\ MACHINE/WEBROOT/APPHOST/Shop",
        "application-stop: NULL",
        "thread-cleanup: /LM/W3SVC/1/ROOT C:\\inetpub\\wwwroot\\ MACHINE/WEBROOT/APPHOST/Default Web Site",
        "custom-notification: Ping").inOrder();
    FiredEvent fileChange = only(report, GlobalEvent.FILE_CHANGE);
    assertThat(fileChange.fileMonitorDereferences()).isEqualTo(1L);
    assertThat(fileChange.providerCalls(("GetFileMonitor")).get(0).returned()).isEqualTo("monitor");
  }

  @Test
  void statusesAndSetErrorStatusReachTheReport() {
    HostReport report = run(Scenario.builder()
        .notification(GlobalEvent.STOP_LISTENING)
        .notification(GlobalEvent.HEALTH_CHECK)
        .notification(GlobalEvent.CUSTOM_NOTIFICATION)
        .notification(GlobalEvent.PRE_BEGIN_REQUEST)
        .build());

    FiredEvent stop = only(report, GlobalEvent.STOP_LISTENING);
    assertThat(stop.status()).hasValue(GlobalNotificationStatus.CONTINUE);
    assertThat(stop.errorStatus()).isEqualTo(0x80070005);
    assertThat(stop.providerCalls()).containsExactly(
        new ProviderCall("SetErrorStatus", Map.of("hr", "0x80070005"), null));
    assertThat(only(report, GlobalEvent.HEALTH_CHECK).status())
        .hasValue(GlobalNotificationStatus.HANDLED);
    assertThat(only(report, GlobalEvent.CUSTOM_NOTIFICATION).status())
        .hasValue(GlobalNotificationStatus.HANDLED);
    assertThat(only(report, GlobalEvent.PRE_BEGIN_REQUEST).errorStatus()).isNull();
    assertThat(report.summary().handled()).isEqualTo(2);
    assertThat(report.summary().continued()).isEqualTo(2);
  }

  @Test
  void rscaResultBytesAndResolveModulesPrioritiesAreRecorded() {
    HostReport report = run(Scenario.builder()
        .notification(GlobalEvent.RSCA_QUERY, Map.of("function", "ping", "parameters", "abc"))
        .notification(GlobalEvent.APPLICATION_RESOLVE_MODULES)
        .notification(GlobalEvent.APPLICATION_PRELOAD)
        .build());

    FiredEvent rsca = only(report, GlobalEvent.RSCA_QUERY);
    assertThat(rsca.providerCalls().stream().map(ProviderCall::method).toList())
        .containsExactly("GetOutputBuffer", "ResizeOutputBuffer", "SetResult").inOrder();
    ProviderCall result = rsca.providerCalls("SetResult").get(0);
    assertThat(result.argument("hr")).isEqualTo("0x00000000");
    assertThat(new String(HexFormat.of().parseHex(result.argument("data")), StandardCharsets.UTF_8))
        .isEqualTo("pong:abc");
    assertThat(report.logMessages()).contains("rsca-query: ping");
    ProviderCall priority =
        only(report, GlobalEvent.APPLICATION_RESOLVE_MODULES).providerCalls().get(0);
    assertThat(priority.method()).isEqualTo("SetPriorityForRequestNotification");
    assertThat(priority.argument("moduleName")).isEqualTo("RequestModule");
    assertThat(priority.argument("notification")).isEqualTo("4");
    assertThat(priority.argument("priority")).isEqualTo("HIGH");
    assertThat(only(report, GlobalEvent.APPLICATION_PRELOAD).providerCalls().get(0).returned())
        .isEqualTo("0x80004001");
  }

  @Test
  void aTraceEventCarriesItsItemsAndCheckSubscriptionAnswersForTheModulesOwnId() {
    HostReport report = run(Scenario.builder()
        .notification(GlobalEvent.TRACE_EVENT, Map.of("name", "MyEvent",
            "items", "Url:LPCWSTR:/a,Code:ULONG:7:the code,Id:LPCGUID:{6A11500D-0001-4000-8000-000000000002}"))
        .notification(GlobalEvent.TRACE_EVENT, withNull(Map.of("subscribed", "false"), "activity"))
        .build());

    // An LPCWSTR item holds its NUL-terminated wchar_t string: 4 bytes a character on Linux.
    assertThat(report.logMessages()).containsExactly(
        "trace-event: hr=0x00000000 name=MyEvent items=3 activity=set Url:31:12 Code:19:4 Id:72:16"
            + " subscribed=TRUE",
        "trace-event: hr=0x00000000 name=jiis-sample-event items=2 activity=NULL Url:31:44"
            + " Status:19:4 subscribed=FALSE").inOrder();
  }

  @Test
  void resumeCallsTheCallbackTheModuleStoredInOnSuspendProcess() {
    HostReport report = run(Scenario.builder()
        .resume()
        .notification(GlobalEvent.SUSPEND_PROCESS)
        .resume()
        .build());

    assertThat(only(report, GlobalEvent.SUSPEND_PROCESS).callbackStored()).isTrue();
    List<ResumeCall> resumes = report.resumes();
    assertThat(resumes).hasSize(2);
    assertThat(resumes.get(0).callback()).isFalse();
    assertThat(resumes.get(0).hresult()).isNull();
    assertThat(resumes.get(1).callback()).isTrue();
    assertThat(resumes.get(1).hresult()).isEqualTo(1);
    assertThat(report.logMessages())
        .containsExactly("suspend-process: callback was NULL", "resume: called").inOrder();
    assertThat(report.summary().fired()).isEqualTo(1);
  }

  @Test
  void badNotificationFieldsAreRejectedWithTheKnownOnes() {
    HostSimulatorException bad = assertThrows(HostSimulatorException.class, () ->
        HostSimulator.forModule(TestModules.notificationsModule())
            .scenario(Scenario.builder().line("trace-event items=X:FLOAT:1").build())
            .run());
    assertThat(bad).hasMessageThat().contains("item 'X' has unknown type 'FLOAT' (known: BYTE,");
    HostSimulatorException unknown = assertThrows(HostSimulatorException.class, () ->
        HostSimulator.forModule(TestModules.notificationsModule())
            .scenario(Scenario.builder().line("file-change path=a").build())
            .run());
    assertThat(unknown).hasMessageThat().contains("unknown field 'path' (known here: file, monitor)");
  }

  @Test
  void theRscaOutputBufferIsBoundedAndAResultBeyondItIsAnError() {
    HostReport report = HostSimulator.forModule(TestModules.notificationsModule())
        .scenario(Scenario.builder()
            .notification(GlobalEvent.RSCA_QUERY, Map.of("parameters", "too-big"))
            .notification(GlobalEvent.RSCA_QUERY, Map.of("parameters", "overflow"))
            .build())
        .run();

    assertThat(report.logMessages()).contains("rsca-query: 1 MB buffer 0x8007000E NULL");
    assertThat(report.errors()).hasSize(1);
    assertThat(report.errors("provider").get(0).message()).isEqualTo(
        "IGlobalRSCAQueryProvider::SetResult got 10 bytes, but the output buffer holds 4;"
            + " get a buffer of that size with GetOutputBuffer first");
    ProviderCall result = report.events(GlobalEvent.RSCA_QUERY).get(1).providerCalls("SetResult").get(0);
    assertThat(result.argument("bytes")).isEqualTo("10");
    assertThat(result.argument("data")).isEqualTo("00000000");
  }
}
