package org.jiis.internal;

import org.jiis.event.StopListeningProvider;

/** {@link StopListeningProvider} over an {@code IGlobalStopListeningProvider*}. */
final class StopListeningProviderView extends EventProviderView implements StopListeningProvider {

  StopListeningProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  public boolean drainRequestsGracefully() {
    enter();
    try {
      return natives.globalStopListeningProviderDrainRequestsGracefully(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "StopListeningProvider";
  }
}
