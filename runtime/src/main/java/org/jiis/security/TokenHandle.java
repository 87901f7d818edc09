package org.jiis.security;

/**
 * A Windows token {@code HANDLE} as IIS returned it: {@code NULL}, {@code INVALID_HANDLE_VALUE},
 * or a valid handle. The handle's value is never exposed or printed: {@link #toString()} says only
 * which of the three it is, so a token handle in a log line leaks nothing.
 */
public final class TokenHandle {

  /** What kind of handle IIS returned. */
  public enum State {
    /** The handle is {@code NULL}. */
    NULL,
    /** The handle is {@code INVALID_HANDLE_VALUE}. */
    INVALID_HANDLE_VALUE,
    /** Any other value: a handle the worker process can use. */
    VALID
  }

  /** The {@code NULL} handle. */
  public static final TokenHandle NULL = new TokenHandle(State.NULL);
  /** The {@code INVALID_HANDLE_VALUE} handle. */
  public static final TokenHandle INVALID = new TokenHandle(State.INVALID_HANDLE_VALUE);
  /** A valid handle. Its value is not kept: Java code has no use for it. */
  public static final TokenHandle VALID = new TokenHandle(State.VALID);

  private final State state;

  private TokenHandle(State state) {
    this.state = state;
  }

  /**
   * The handle for a raw {@code HANDLE} value: 0 is {@code NULL}, -1 (all bits set, on either
   * pointer width) is {@code INVALID_HANDLE_VALUE}, anything else is valid.
   */
  public static TokenHandle ofRaw(long raw) {
    if (raw == 0) {
      return NULL;
    }
    if (raw == -1L || raw == 0xFFFF_FFFFL) {
      return INVALID;
    }
    return VALID;
  }

  /** Which of the three kinds of handle this is. */
  public State state() {
    return state;
  }

  /** Whether the handle is {@code NULL}. */
  public boolean isNull() {
    return state == State.NULL;
  }

  /** Whether the handle is {@code INVALID_HANDLE_VALUE}. */
  public boolean isInvalid() {
    return state == State.INVALID_HANDLE_VALUE;
  }

  /** Whether the handle is neither {@code NULL} nor {@code INVALID_HANDLE_VALUE}. */
  public boolean isValid() {
    return state == State.VALID;
  }

  /**
   * The way the IIS samples print a handle: {@code "NULL"}, {@code "INVALID_HANDLE_VALUE"} or
   * {@code "valid"}; never the handle's value.
   */
  public String describe() {
    return switch (state) {
      case NULL -> "NULL";
      case INVALID_HANDLE_VALUE -> "INVALID_HANDLE_VALUE";
      case VALID -> "valid";
    };
  }

  @Override
  public String toString() {
    return "TokenHandle[" + describe() + "]";
  }
}
