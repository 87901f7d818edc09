package org.jiis.processor;

import javax.lang.model.element.Element;
import org.jiis.processor.validation.DiagnosticId;
import org.jiis.processor.validation.Location;
import org.jiis.processor.validation.ValidationReport;

/**
 * Turns a failure inside the processor into one {@code [jiis.InternalError]} on the element being
 * processed: the user sees what failed and where, never a javac crash or a stack trace.
 */
final class InternalErrors {

  private InternalErrors() {}

  /** The error for {@code failure} while doing {@code activity} to {@code element} (null: to no element). */
  static ValidationReport report(Element element, String activity, Throwable failure) {
    ValidationReport report = new ValidationReport();
    String subject = element == null ? "" : " " + element.getSimpleName();
    report.error(DiagnosticId.INTERNAL_ERROR,
        "the jiis processor failed while " + activity + subject + ": " + describe(failure)
            + ". This is a bug in jiis; please report it with this message and the code it points at",
        element == null ? Location.nowhere() : Location.of(element));
    return report;
  }

  /** The failure's class and message, and where it was thrown. */
  private static String describe(Throwable failure) {
    StringBuilder text = new StringBuilder(failure.getClass().getName());
    if (failure.getMessage() != null) {
      text.append(": ").append(failure.getMessage());
    }
    StackTraceElement[] trace = failure.getStackTrace();
    if (trace.length > 0) {
      text.append(" (at ").append(trace[0]).append(')');
    }
    return text.toString();
  }
}
