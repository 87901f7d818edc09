package org.jiis.processor.generation.nativecode;

/** The natives table {@code <Name>Jni.cpp} defines and {@code <Name>Module.cpp} hands to the runtime. */
final class NativeTable {

  /** Its C++ name (and, with {@code Count} appended, its length's). One module per library, so fixed. */
  static final String NAME = "jiis_natives";

  private NativeTable() {}
}
