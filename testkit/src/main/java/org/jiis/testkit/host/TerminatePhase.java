package org.jiis.testkit.host;

/**
 * How an event stood to the module's {@code Terminate}: the {@code terminate} field of an {@code
 * event} line.
 */
public enum TerminatePhase {
  /** The call ended before {@code Terminate} began: the normal case. */
  BEFORE,
  /** The call began before {@code Terminate} returned and ended after it began: they raced. */
  DURING,
  /** The event began after {@code Terminate} had returned. */
  AFTER;

  static TerminatePhase of(String field) {
    if (field == null) {
      return BEFORE;
    }
    return switch (field) {
      case "during" -> DURING;
      case "after" -> AFTER;
      default -> throw new IllegalArgumentException(
          "Unknown terminate phase \"" + field + "\" (known: during, after)");
    };
  }
}
