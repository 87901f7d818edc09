package org.jiis.testkit.host;

import java.util.Map;

/**
 * One call of the module to {@code IHttpModuleRegistrationInfo}: a {@code registration-call}
 * line.
 *
 * @param thread the calling thread ("main" during {@code RegisterModule})
 * @param moduleName the module whose {@code RegisterModule} was running, or {@code null}
 * @param method the method, for example {@code "SetGlobalNotifications"}
 * @param arguments the arguments as the report shows them (see the simulator's README)
 * @param hr the {@code HRESULT} the host returned
 */
public record RegistrationCall(
    String thread, String moduleName, String method, Map<String, Object> arguments, int hr) {

  static RegistrationCall from(ReportLine line) {
    return new RegistrationCall(
        line.string("thread"),
        line.optionalString("moduleName"),
        line.string("method"),
        line.object("arguments"),
        line.hex("hr"));
  }
}
