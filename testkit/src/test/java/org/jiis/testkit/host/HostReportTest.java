package org.jiis.testkit.host;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The parser's behaviour on reports the simulator did not finish or that are not reports. */
class HostReportTest {

  private static final String START =
      "{\"type\":\"start\",\"module\":\"/m.so\",\"moduleName\":\"m\",\"serverVersion\":10,"
          + "\"threads\":1,\"repeat\":1,\"steps\":0,\"threadStackBytes\":524288,"
          + "\"appPoolName\":\"DefaultAppPool\",\"commandLineLaunch\":true}";
  private static final String LOAD_ERROR =
      "{\"type\":\"error\",\"kind\":\"module-load\",\"thread\":\"main\",\"message\":\"cannot"
          + " load the module '/m.so'\"}";

  @Test
  void incompleteReportSaysWhereItStopped() {
    HostReport report = HostReport.parse(List.of(START, LOAD_ERROR));

    assertThat(report.isComplete()).isFalse();
    IllegalStateException e = assertThrows(IllegalStateException.class, report::summary);
    assertThat(e).hasMessageThat().contains("did not finish");
    assertThat(e).hasMessageThat().contains("[module-load] cannot load the module '/m.so'");
    AssertionError failure = assertThrows(AssertionError.class, report::assertNoErrors);
    assertThat(failure).hasMessageThat().contains("cannot load the module");
  }

  @Test
  void registrationOfAnUnloadedModuleNamesTheError() {
    HostReport report = HostReport.parse(List.of(START, LOAD_ERROR));

    assertThat(report.hasRegistration()).isFalse();
    IllegalStateException e = assertThrows(IllegalStateException.class, report::registration);
    assertThat(e).hasMessageThat().contains("never registered");
    assertThat(e).hasMessageThat().contains("cannot load the module '/m.so'");
  }

  @Test
  void unknownLineTypesAreKeptButIgnored() {
    HostReport report =
        HostReport.parse(List.of(START, "{\"type\":\"from-the-future\",\"x\":1}", ""));

    assertThat(report.lines()).hasSize(3);
    assertThat(report.start().get().threadStackBytes()).isEqualTo(524288);
    assertThat(report.errors()).isEmpty();
  }

  @Test
  void rejectsLinesThatAreNoReportLines() {
    IllegalArgumentException notJson =
        assertThrows(IllegalArgumentException.class, () -> HostReport.parse(List.of("hello")));
    assertThat(notJson).hasMessageThat().contains("Not JSON");

    IllegalArgumentException noType =
        assertThrows(
            IllegalArgumentException.class, () -> HostReport.parse(List.of("{\"kind\":1}")));
    assertThat(noType).hasMessageThat().contains("\"type\"");

    IllegalArgumentException wrongField =
        assertThrows(
            IllegalArgumentException.class,
            () -> HostReport.parse(List.of("{\"type\":\"error\",\"kind\":3}")));
    assertThat(wrongField).hasMessageThat().contains("Field \"kind\"");
  }
}
