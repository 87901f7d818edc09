package org.jiis.internal;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.jiis.EventLog;

/** The {@link EventLog} a module gets: every entry goes to {@link NativeAccess#log}. */
final class NativeEventLog implements EventLog {

  private final NativeAccess natives;

  NativeEventLog(NativeAccess natives) {
    this.natives = natives;
  }

  @Override
  public void info(String message) {
    natives.log(NativeAccess.LOG_INFO, String.valueOf(message));
  }

  @Override
  public void warning(String message) {
    natives.log(NativeAccess.LOG_WARNING, String.valueOf(message));
  }

  @Override
  public void error(String message) {
    natives.log(NativeAccess.LOG_ERROR, String.valueOf(message));
  }

  @Override
  public void error(String message, Throwable thrown) {
    String text = String.valueOf(message);
    if (thrown != null) {
      text = text + System.lineSeparator() + stackTrace(thrown);
    }
    natives.log(NativeAccess.LOG_ERROR, text);
  }

  /**
   * Where the throwable was thrown, one {@code "\n\tat <frame>"} line per frame, without calling
   * its {@code getMessage} or {@code toString}; empty if even its frames cannot be read.
   */
  static String frames(Throwable thrown) {
    try {
      StringBuilder text = new StringBuilder();
      for (StackTraceElement frame : thrown.getStackTrace()) {
        text.append(System.lineSeparator()).append("\tat ").append(frame);
      }
      return text.toString();
    } catch (Throwable unreadable) {
      return "";
    }
  }

  /** The throwable's full stack trace, causes and suppressed exceptions included. */
  static String stackTrace(Throwable thrown) {
    StringWriter text = new StringWriter(1024);
    try (PrintWriter out = new PrintWriter(text)) {
      thrown.printStackTrace(out);
    }
    return text.toString();
  }
}
