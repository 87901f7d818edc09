package org.jiis.internal;

import org.jiis.event.ApplicationPreloadProvider;

/** {@link ApplicationPreloadProvider} over an {@code IGlobalApplicationPreloadProvider*}. */
final class ApplicationPreloadProviderView extends EventProviderView
    implements ApplicationPreloadProvider {

  ApplicationPreloadProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  String typeName() {
    return "ApplicationPreloadProvider";
  }
}
