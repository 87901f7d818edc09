package org.jiis.testkit.host;

import java.util.Map;

/**
 * One call of the module to the simulator's {@code IHttpServer}: a {@code server-call} line.
 *
 * @param thread the calling thread
 * @param moduleName the module the simulator was calling on that thread, or {@code null}
 * @param during the module method the thread was in, or {@code null}
 * @param method the {@code IHttpServer} method, for example {@code "ReportUnhealthy"}
 * @param arguments the arguments as the report shows them (see the simulator's README)
 * @param returned what the host returned ({@code "E_NOTIMPL"} as {@code "0x80004001"}, {@code
 *     "TRUE"}, {@code "NULL"}, a string...), or {@code null} for {@code VOID} methods
 */
public record ServerCall(
    String thread, String moduleName, String during, String method, Map<String, Object> arguments, String returned) {

  /** A string argument, or {@code null}. */
  public String argument(String name) {
    Object value = arguments.get(name);
    return value == null ? null : value.toString();
  }

  static ServerCall from(ReportLine line) {
    return new ServerCall(
        line.string("thread"),
        line.optionalString("moduleName"),
        line.optionalString("during"),
        line.string("method"),
        line.object("arguments"),
        line.optionalString("returned"));
  }
}
