package org.jiis.internal;

import org.jiis.event.PreBeginRequestProvider;

/** {@link PreBeginRequestProvider} over an {@code IPreBeginRequestProvider*}. */
final class PreBeginRequestProviderView extends EventProviderView implements PreBeginRequestProvider {

  PreBeginRequestProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  String typeName() {
    return "PreBeginRequestProvider";
  }
}
