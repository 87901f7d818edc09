package org.jiis.testkit.host;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * The simulator could not be built or run, or did not finish its report (it crashed, timed out,
 * or rejected the scenario). Problems of the module itself are not thrown: they are {@link
 * HostReport#errors() errors} in the report.
 */
public final class HostSimulatorException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final transient HostReport partialReport;
  private final transient ProcessRunner.Ending ending;

  HostSimulatorException(String message) {
    this(message, null, null, null);
  }

  HostSimulatorException(String message, Throwable cause) {
    this(message, null, null, cause);
  }

  HostSimulatorException(String message, HostReport partialReport, ProcessRunner.Ending ending) {
    this(message, partialReport, ending, null);
  }

  private HostSimulatorException(
      String message, HostReport partialReport, ProcessRunner.Ending ending, Throwable cause) {
    super(message, cause);
    this.partialReport = partialReport;
    this.ending = ending;
  }

  /**
   * The simulator's exit status, if it ended by itself: the status a module's {@code exit} call
   * passed, for example, or 128 + the signal that killed it. Empty if it never ran or was killed
   * after the time limit.
   */
  public OptionalInt exitStatus() {
    return ending == null || ending.timedOut()
        ? OptionalInt.empty()
        : OptionalInt.of(ending.exitValue());
  }

  /** What the simulator reported before it stopped, if it ran at all. */
  public Optional<HostReport> partialReport() {
    return Optional.ofNullable(partialReport);
  }
}
