package org.jiis.nativetest;

import org.jiis.internal.NativeAccess;

/** The natives class of the runtime's test modules: every method is bound by RegisterNatives. */
public final class TestNatives implements NativeAccess {

  public TestNatives() {}

  @Override
  public native long echo(long value);

  @Override
  public native String wideString();

  @Override
  public native void log(int level, String message);
}
