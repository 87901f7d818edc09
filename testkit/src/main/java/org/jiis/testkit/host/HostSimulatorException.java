package org.jiis.testkit.host;

import java.util.Optional;

/**
 * The simulator could not be built or run, or did not finish its report (it crashed, timed out,
 * or rejected the scenario). Problems of the module itself are not thrown: they are {@link
 * HostReport#errors() errors} in the report.
 */
public final class HostSimulatorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient HostReport partialReport;

  HostSimulatorException(String message) {
    this(message, null, null);
  }

  HostSimulatorException(String message, Throwable cause) {
    this(message, null, cause);
  }

  HostSimulatorException(String message, HostReport partialReport) {
    this(message, partialReport, null);
  }

  private HostSimulatorException(String message, HostReport partialReport, Throwable cause) {
    super(message, cause);
    this.partialReport = partialReport;
  }

  /** What the simulator reported before it stopped, if it ran at all. */
  public Optional<HostReport> partialReport() {
    return Optional.ofNullable(partialReport);
  }
}
