package org.jiis.testkit.host;

/**
 * Where a module's {@code Terminate} was when the simulator began to deliver an event to it: the
 * {@code terminate} field of an {@code event} line.
 */
public enum TerminatePhase {
  /** {@code Terminate} had not been called: the normal case. */
  BEFORE,
  /** {@code Terminate} was running on the {@code main} thread (an event racing it). */
  DURING,
  /** {@code Terminate} had returned (a late event, or one that lost the race). */
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
