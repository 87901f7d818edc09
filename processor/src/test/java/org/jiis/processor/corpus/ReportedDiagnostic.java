package org.jiis.processor.corpus;

import javax.tools.Diagnostic;

/**
 * A diagnostic the compilation reported, with its file as a case-relative path ({@code "-"} when it
 * has no source file, line and column 0 when it has no position).
 */
record ReportedDiagnostic(Diagnostic.Kind kind, String file, long line, long column, String message) {

  boolean isFromJiis() {
    return message.startsWith("[jiis.");
  }

  /** Errors and warnings must all be expected; notes from javac need not be. */
  boolean mustBeExpected() {
    return isFromJiis() || kind == Diagnostic.Kind.ERROR || kind == Diagnostic.Kind.WARNING
        || kind == Diagnostic.Kind.MANDATORY_WARNING;
  }

  /** The marker that would expect this diagnostic, to paste below line {@link #line} of {@link #file}. */
  String asMarker() {
    String firstLine = message.lines().findFirst().orElse("");
    String text = isFromJiis() ? firstLine : "[" + Expectation.JAVAC + "] " + firstLine;
    String marker = column >= 3 ? "//" + " ".repeat((int) column - 3) + "^ " + text : "// at column " + column + ": " + text;
    return file + ":" + line + ":" + column + " (" + kind + ")\n    " + marker;
  }
}
