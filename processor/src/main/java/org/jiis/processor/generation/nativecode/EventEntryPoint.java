package org.jiis.processor.generation.nativecode;

import org.jiis.processor.model.EventKind;

/**
 * The {@code org.jiis.internal.NativeModule} method native code calls for an event: the listener
 * method without its {@code on} prefix ({@code onCacheOperation} → {@code cacheOperation}), taking
 * the {@code CGlobalModule} method's pointer parameter as a {@code long} when it has one, returning
 * the {@code GLOBAL_NOTIFICATION_STATUS} value.
 */
public record EventEntryPoint(String javaMethod, String javaSignature) {

  public static EventEntryPoint of(EventKind kind) {
    String listenerMethod = kind.listenerMethod();
    String name = Character.toLowerCase(listenerMethod.charAt(2)) + listenerMethod.substring(3);
    return new EventEntryPoint(name, kind.cppParameter() != null ? "(J)I" : "()I");
  }
}
