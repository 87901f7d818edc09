package org.jiis.internal;

import org.jiis.event.EventProvider;

/**
 * {@link EventProvider} over an {@code IHttpEventProvider*}: the base of every provider view. Lives
 * only in a callback.
 */
abstract class EventProviderView extends NativeView implements EventProvider {

  EventProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  public final void setErrorStatus(int hresult) {
    enter();
    try {
      natives.httpEventProviderSetErrorStatus(pointer, hresult);
    } finally {
      exit();
    }
  }
}
