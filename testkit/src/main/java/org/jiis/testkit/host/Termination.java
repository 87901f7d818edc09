package org.jiis.testkit.host;

/**
 * One module's {@code Terminate}: a {@code terminate} line.
 *
 * @param moduleName the module
 * @param returned whether {@code Terminate} returned (false if an exception escaped it)
 * @param deleted whether the module deleted its {@code CGlobalModule} during {@code Terminate}, as
 *     IIS's samples do; the simulator keeps that memory so that events fired afterwards still
 *     reach the module's code (a real host would not call it again)
 */
public record Termination(String moduleName, boolean returned, boolean deleted) {

  static Termination from(ReportLine line) {
    return new Termination(
        line.string("moduleName"), line.flag("returned"), line.flag("deleted"));
  }
}
