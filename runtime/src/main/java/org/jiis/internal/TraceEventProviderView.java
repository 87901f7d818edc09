package org.jiis.internal;

import org.jiis.event.TraceEvent;
import org.jiis.event.TraceEventProvider;

/** {@link TraceEventProvider} over an {@code IGlobalTraceEventProvider*}. */
final class TraceEventProviderView extends EventProviderView implements TraceEventProvider {

  /** The module's {@code HTTP_MODULE_ID}, for {@code CheckSubscription}. */
  private long moduleId;

  TraceEventProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  /** Points this view at {@code provider}, received by the module {@code moduleId}. */
  TraceEventProviderView bind(long provider, long moduleId) {
    this.moduleId = moduleId;
    bind(provider);
    return this;
  }

  @Override
  public TraceEvent traceEvent() {
    byte[] encoded;
    enter();
    try {
      encoded = natives.globalTraceEventProviderGetTraceEvent(pointer);
    } finally {
      exit();
    }
    return TraceEventEncoding.decode(encoded);
  }

  @Override
  public boolean isSubscribed() {
    enter();
    try {
      return natives.globalTraceEventProviderCheckSubscription(pointer, moduleId);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "TraceEventProvider";
  }
}
