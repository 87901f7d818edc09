package org.jiis.internal;

import java.nio.BufferUnderflowException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jiis.IisException;
import org.jiis.event.TraceEvent;
import org.jiis.event.TraceEventItem;

/**
 * How {@link NativeAccess#globalTraceEventProviderGetTraceEvent} copies an {@code HTTP_TRACE_EVENT}
 * (reference §10) into one {@code byte[]}, so a trace event crosses JNI in one call. The generated
 * {@code <Name>Jni.cpp} writes it; {@link #decode} reads it. Little-endian:
 *
 * <pre>
 * int32  the HRESULT of GetTraceEvent; nothing follows unless it succeeded
 * byte   1, or 0 when IIS returned a NULL event (nothing follows)
 * guid   pProviderGuid
 * int32  dwArea
 * guid   pAreaGuid
 * int32  dwEvent
 * string pszEventName
 * int32  dwEventVersion, dwVerbosity
 * guid   pActivityGuid, pRelatedActivityGuid
 * int32  dwTimeStamp, dwFlags, cEventItems
 * cEventItems times:
 *   string pszName
 *   int32  dwDataType
 *   int32  cbData, then cbData bytes of pbData (cbData is written as 0 when pbData is NULL)
 *   string pszDataDescription
 *
 * guid   byte 0 for NULL, or byte 1, int32 Data1, int16 Data2, int16 Data3, 8 bytes Data4
 * string int32 -1 for NULL, or the length in UTF-16 code units, then the code units (int16 each)
 * </pre>
 */
final class TraceEventEncoding {

  private TraceEventEncoding() {}

  /**
   * The event {@code encoded} describes, or {@code null} when IIS returned none.
   *
   * @throws IisException when {@code GetTraceEvent} failed
   * @throws IllegalStateException when {@code encoded} is malformed (the module's native library
   *     and the jiis runtime jar do not match)
   */
  static TraceEvent decode(byte[] encoded) {
    if (encoded == null) {
      throw malformed("no bytes", null);
    }
    ByteBuffer in = ByteBuffer.wrap(encoded).order(ByteOrder.LITTLE_ENDIAN);
    try {
      int hresult = in.getInt();
      if (hresult < 0) {
        throw new IisException("IGlobalTraceEventProvider::GetTraceEvent", hresult);
      }
      TraceEvent event = presence(in) ? event(in) : null;
      if (in.hasRemaining()) {
        throw malformed(in.remaining() + " bytes after the event", null);
      }
      return event;
    } catch (BufferUnderflowException | IllegalArgumentException e) {
      throw malformed("it ends early or holds an impossible length", e);
    }
  }

  private static TraceEvent event(ByteBuffer in) {
    UUID providerGuid = guid(in);
    int area = in.getInt();
    UUID areaGuid = guid(in);
    int event = in.getInt();
    String eventName = string(in);
    int eventVersion = in.getInt();
    int verbosity = in.getInt();
    UUID activityGuid = guid(in);
    UUID relatedActivityGuid = guid(in);
    int timeStamp = in.getInt();
    int flags = in.getInt();
    int itemCount = in.getInt();
    // Each item takes at least 12 bytes, so a count the rest cannot hold is malformed.
    if (itemCount < 0 || itemCount > in.remaining() / 12) {
      throw new IllegalArgumentException("item count " + Integer.toUnsignedString(itemCount));
    }
    List<TraceEventItem> items = new ArrayList<>(itemCount);
    for (int i = 0; i < itemCount; i++) {
      String name = string(in);
      int dataType = in.getInt();
      byte[] data = new byte[length(in)];
      in.get(data);
      items.add(new TraceEventItem(name, dataType, data, string(in)));
    }
    return new TraceEvent(providerGuid, area, areaGuid, event, eventName, eventVersion, verbosity,
        activityGuid, relatedActivityGuid, timeStamp, flags, items);
  }

  private static boolean presence(ByteBuffer in) {
    byte flag = in.get();
    if (flag != 0 && flag != 1) {
      throw new IllegalArgumentException("presence flag " + flag);
    }
    return flag == 1;
  }

  /** A {@code GUID}: its string form is {@code Data1-Data2-Data3-Data4[0..1]-Data4[2..7]}, as a UUID's. */
  private static UUID guid(ByteBuffer in) {
    if (!presence(in)) {
      return null;
    }
    long data1 = in.getInt() & 0xFFFF_FFFFL;
    long data2 = in.getShort() & 0xFFFFL;
    long data3 = in.getShort() & 0xFFFFL;
    long data4 = in.order(ByteOrder.BIG_ENDIAN).getLong();
    in.order(ByteOrder.LITTLE_ENDIAN);
    return new UUID((data1 << 32) | (data2 << 16) | data3, data4);
  }

  private static String string(ByteBuffer in) {
    int length = in.getInt();
    if (length == -1) {
      return null;
    }
    if (length < 0 || length > in.remaining() / 2) {
      throw new IllegalArgumentException("string length " + length);
    }
    char[] units = new char[length];
    in.asCharBuffer().get(units);
    in.position(in.position() + 2 * length);
    return new String(units);
  }

  private static int length(ByteBuffer in) {
    int length = in.getInt();
    if (length < 0 || length > in.remaining()) {
      throw new IllegalArgumentException("data length " + Integer.toUnsignedString(length));
    }
    return length;
  }

  private static IllegalStateException malformed(String why, Throwable cause) {
    return new IllegalStateException(
        "jiis internal error: the trace event the native side encoded is malformed (" + why
            + "); the module's native library and the jiis runtime jar do not match. Rebuild the"
            + " module with the jiis version on its class path.",
        cause);
  }
}
