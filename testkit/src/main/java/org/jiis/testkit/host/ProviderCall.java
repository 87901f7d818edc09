package org.jiis.testkit.host;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One call a module made on the provider of a notification other than the cache ones: an
 * element of an {@code event} line's {@code providerCalls} (see the host README, "Other
 * notifications").
 *
 * @param method the provider method, e.g. {@code SetErrorStatus}, {@code SetResult}
 * @param arguments what the module passed (names as in the README's table)
 * @param returned what the simulator answered: an HRESULT as {@code 0x%08X}, {@code TRUE}/{@code
 *     FALSE}, or null for VOID methods and NULL pointers
 */
public record ProviderCall(String method, Map<String, Object> arguments, String returned) {

  public ProviderCall {
    arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments)); // values may be null
  }

  /** An argument as text (numbers in decimal), or null when absent or null. */
  public String argument(String name) {
    Object value = arguments.get(name);
    return value == null ? null : value.toString();
  }

  static ProviderCall from(Map<String, Object> call) {
    @SuppressWarnings("unchecked")
    Map<String, Object> arguments = (Map<String, Object>) call.get("arguments");
    Object returned = call.get("returned");
    return new ProviderCall(
        (String) call.get("method"),
        arguments == null ? Map.of() : arguments,
        returned == null ? null : returned.toString());
  }
}
