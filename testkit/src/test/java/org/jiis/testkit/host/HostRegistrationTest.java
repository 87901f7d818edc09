package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.jiis.GlobalEvent;
import org.jiis.Priority;
import org.junit.jupiter.api.Test;

/** RegisterModule as the test module does it, seen through the simulator's report. */
class HostRegistrationTest {

  private static final int E_INVALIDARG = 0x80070057;
  private static final int ALREADY_EXISTS = 0x800700B7; // HRESULT_FROM_WIN32(ERROR_ALREADY_EXISTS)

  @Test
  void recordsMaskPrioritiesAndTheValuesTheModuleWasGiven() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .scenario(
                Scenario.builder()
                    .serverVersion(8)
                    .appPoolName("Audit Pool")
                    .moduleName("AuditModule")
                    .commandLineLaunch(false)
                    .build())
            .run();

    report.assertNoErrors();
    Registration registration = report.registration();
    assertThat(registration.succeeded()).isTrue();
    assertThat(registration.globalModule()).isTrue();
    assertThat(registration.mask()).isEqualTo(0x14);
    assertThat(registration.maskNames())
        .containsExactly("GL_CACHE_CLEANUP", "GL_CACHE_OPERATION")
        .inOrder();
    assertThat(registration.events())
        .containsExactly(GlobalEvent.CACHE_OPERATION, GlobalEvent.CACHE_CLEANUP);
    assertThat(registration.priorities())
        .containsExactly(
            new PriorityRequest(GlobalEvent.CACHE_OPERATION, Priority.FIRST),
            new PriorityRequest(GlobalEvent.CACHE_CLEANUP, Priority.LAST))
        .inOrder();
    assertThat(registration.priority(GlobalEvent.CACHE_OPERATION)).hasValue(Priority.FIRST);
    assertThat(registration.priority(GlobalEvent.HEALTH_CHECK)).isEmpty();
    assertThat(registration.serverVersion()).isEqualTo(8);
    assertThat(registration.moduleName()).isEqualTo("AuditModule");
    assertThat(report.logMessages())
        .contains(
            "RegisterModule version=8 name=AuditModule appPool=Audit Pool commandLine=0 "
                + "stack=524288");
    assertThat(report.serverCalls("GetAppPoolName").get(0).returned()).isEqualTo("Audit Pool");
    assertThat(report.serverCalls("IsCommandLineLaunch").get(0).returned()).isEqualTo("FALSE");
    assertThat(report.serverCalls("GetAppPoolName").get(0).during()).isEqualTo("RegisterModule");
  }

  @Test
  void withoutEventsTheModuleIsRegisteredAndTerminated() {
    HostReport report = HostSimulator.forModule(TestModules.testModule()).run();

    assertThat(report.events()).isEmpty();
    assertThat(report.terminated()).isTrue();
    assertThat(report.logMessages()).contains("terminate");
    assertThat(report.summary().registered()).isTrue();
    assertThat(report.summary().exitCode()).isEqualTo(0);
  }

  @Test
  void secondSetGlobalNotificationsIsRefusedAndTheFirstMaskKept() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .environment("JIIS_TEST_MODULE_MODE", "register-twice")
            .run();

    List<RegistrationCall> calls = report.registrationCalls("SetGlobalNotifications");
    assertThat(calls).hasSize(2);
    assertThat(calls.get(0).hr()).isEqualTo(0);
    assertThat(calls.get(1).hr()).isEqualTo(ALREADY_EXISTS);
    assertThat(calls.get(1).arguments().get("mask")).isEqualTo(0x10L);
    assertThat(report.logMessages()).contains("second SetGlobalNotifications hr=0x800700B7");
    assertThat(report.registration().mask()).isEqualTo(0x14);
  }

  @Test
  void priorityWithSeveralBitsOrAnUnknownAliasIsAnError() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .environment("JIIS_TEST_MODULE_MODE", "bad-priority")
            .run();

    List<RegistrationCall> calls = report.registrationCalls("SetPriorityForGlobalNotification");
    assertThat(calls.stream().map(RegistrationCall::hr).toList())
        .containsExactly(E_INVALIDARG, E_INVALIDARG, 0, 0)
        .inOrder();
    assertThat(report.errors("registration")).hasSize(2);
    assertThat(report.errors("registration").get(0).message()).contains("exactly one GL_* bit");
    assertThat(report.errors("registration").get(1).message()).contains("\"SOON\"");
    assertThat(report.registration().priorities()).hasSize(2);
    assertThat(report.summary().exitCode()).isEqualTo(1);
  }

  @Test
  void failedRegisterModuleGetsNoEventsAndNoTerminate() {
    HostReport report =
        HostSimulator.forModule(TestModules.testModule())
            .environment("JIIS_TEST_MODULE_MODE", "fail")
            .scenario(Scenario.builder().cacheCleanup().build())
            .run();

    assertThat(report.registration().succeeded()).isFalse();
    assertThat(report.registration().hr()).isEqualTo(0x80004005);
    assertThat(report.events()).isEmpty();
    assertThat(report.terminated()).isFalse();
    assertThat(report.logMessages(LogLevel.ERROR)).containsExactly("failing RegisterModule as asked");
    assertThat(report.errors("registration").get(0).message()).contains("0x80004005");
  }
}
