package org.jiis.internal;

/**
 * Test stand-in for the real {@code NativeAccess}: the natives the runtime's C++ tests bind with
 * {@code RegisterNatives}. Only the name matters to the native runtime (it appears in the
 * signature of {@code NativeModule.start}).
 */
public interface NativeAccess {

  /** Returns {@code value} plus an offset that differs per test module library. */
  long echo(long value);

  /** A string made in native code by {@code jiis_new_string_w}. */
  String wideString();

  /** Bound to the runtime's {@code jiis_native_log}. */
  void log(int level, String message);
}
