package org.jiis.event;

/**
 * A copy of an {@code HTTP_TRACE_EVENT_ITEM}: a named value of a trace event.
 *
 * @param name {@code pszName}
 * @param dataType {@code dwDataType}, an {@code HTTP_TRACE_TYPE} value (for example 31 for
 *     {@code HTTP_TRACE_TYPE_LPCWSTR})
 * @param data the {@code cbData} bytes at {@code pbData}
 * @param description {@code pszDataDescription}, or {@code null}
 */
public record TraceEventItem(String name, int dataType, byte[] data, String description) {

  public TraceEventItem {
    data = data.clone();
  }

  @Override
  public byte[] data() {
    return data.clone();
  }
}
