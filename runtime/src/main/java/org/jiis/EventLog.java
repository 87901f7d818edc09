package org.jiis;

/**
 * The module's log. Under IIS entries go to the Windows Event Log with the module's name as event
 * source; in the jiis host simulator they appear in its report. Safe to call from any thread.
 */
public interface EventLog {

  /** Writes an information entry. */
  void info(String message);

  /** Writes a warning entry. */
  void warning(String message);

  /** Writes an error entry. */
  void error(String message);

  /** Writes an error entry followed by the throwable's stack trace. */
  void error(String message, Throwable thrown);
}
