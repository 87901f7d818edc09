package org.jiis.internal;

import java.io.ByteArrayOutputStream;

/**
 * Writes the {@link TraceEventEncoding} layout the way the generated {@code <Name>Jni.cpp} does, from
 * the C fields of {@code HTTP_TRACE_EVENT} (GUIDs as {@code Data1..Data4}), for tests.
 */
final class TraceEventBytes {

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** The encoding of a {@code GetTraceEvent} that returned {@code hresult} (and no event yet). */
  static TraceEventBytes result(int hresult) {
    TraceEventBytes bytes = new TraceEventBytes();
    bytes.int32(hresult);
    return bytes;
  }

  TraceEventBytes byte8(int value) {
    out.write(value);
    return this;
  }

  TraceEventBytes int32(int value) {
    for (int i = 0; i < 4; i++) {
      out.write(value >>> (8 * i));
    }
    return this;
  }

  TraceEventBytes int16(int value) {
    out.write(value);
    out.write(value >>> 8);
    return this;
  }

  TraceEventBytes nullGuid() {
    return byte8(0);
  }

  TraceEventBytes guid(int data1, int data2, int data3, int... data4) {
    byte8(1).int32(data1).int16(data2).int16(data3);
    for (int b : data4) {
      out.write(b);
    }
    return this;
  }

  TraceEventBytes string(String text) {
    if (text == null) {
      return int32(-1);
    }
    int32(text.length());
    for (char c : text.toCharArray()) {
      int16(c);
    }
    return this;
  }

  TraceEventBytes data(byte... data) {
    int32(data.length);
    out.write(data, 0, data.length);
    return this;
  }

  byte[] bytes() {
    return out.toByteArray();
  }
}
