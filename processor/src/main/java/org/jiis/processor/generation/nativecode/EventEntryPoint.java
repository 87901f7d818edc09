package org.jiis.processor.generation.nativecode;

import org.jiis.processor.model.EventKind;

/**
 * The {@code org.jiis.internal.NativeModule} method native code calls for an event: the listener
 * method without its {@code on} prefix ({@code onCacheOperation} → {@code cacheOperation}), taking
 * the provider pointer as a {@code long} when the event has one, returning the
 * {@code GLOBAL_NOTIFICATION_STATUS} value.
 */
public record EventEntryPoint(String javaMethod, String javaSignature) {

  public static EventEntryPoint of(EventKind kind) {
    String listenerMethod = kind.listenerMethod();
    if (listenerMethod == null || !listenerMethod.startsWith("on")) {
      throw new IllegalArgumentException(kind + " cannot be dispatched: it has no listener method");
    }
    String name = Character.toLowerCase(listenerMethod.charAt(2)) + listenerMethod.substring(3);
    return new EventEntryPoint(name, kind.providerType() != null ? "(J)I" : "()I");
  }
}
