package org.jiis.event;

import java.util.List;
import java.util.UUID;

/**
 * A copy of an {@code HTTP_TRACE_EVENT} (httptrace.h): a value, usable after the callback.
 * GUIDs that IIS passes as {@code NULL} are {@code null}.
 */
public record TraceEvent(
    UUID providerGuid,
    int area,
    UUID areaGuid,
    int event,
    String eventName,
    int eventVersion,
    int verbosity,
    UUID activityGuid,
    UUID relatedActivityGuid,
    int timeStamp,
    int flags,
    List<TraceEventItem> items) {

  public TraceEvent {
    items = List.copyOf(items);
  }
}
