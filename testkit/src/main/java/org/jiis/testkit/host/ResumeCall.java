package org.jiis.testkit.host;

/**
 * A {@code resume} line: the simulator called {@code IGlobalSuspendProcessCallback::Resume} on
 * the callback a module stored during {@code OnSuspendProcess}.
 *
 * @param thread the thread that called it
 * @param moduleName the module
 * @param step the scenario step ({@code resume})
 * @param repetition which repetition of the scenario, from 0
 * @param callback whether the module had stored a callback (without one nothing was called)
 * @param hresult what {@code Resume} returned; {@code null} when nothing was called or an
 *     exception escaped it
 */
public record ResumeCall(
    String thread, String moduleName, int step, long repetition, boolean callback, Integer hresult) {

  static ResumeCall from(ReportLine line) {
    return new ResumeCall(
        line.string("thread"),
        line.string("moduleName"),
        line.intNumber("step"),
        line.number("repetition"),
        line.flag("callback"),
        line.optionalString("hr") == null ? null : line.hex("hr"));
  }
}
