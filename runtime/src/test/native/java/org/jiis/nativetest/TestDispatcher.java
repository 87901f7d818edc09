package org.jiis.nativetest;

/** Stands in for a generated dispatcher: NativeModule.start loads it by the name it is given. */
public final class TestDispatcher {}
