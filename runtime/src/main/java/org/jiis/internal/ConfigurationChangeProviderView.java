package org.jiis.internal;

import org.jiis.event.ConfigurationChangeProvider;

/** {@link ConfigurationChangeProvider} over an {@code IGlobalConfigurationChangeProvider*}. */
final class ConfigurationChangeProviderView extends EventProviderView
    implements ConfigurationChangeProvider {

  ConfigurationChangeProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  public String changePath() {
    enter();
    try {
      return natives.globalConfigurationChangeProviderGetChangePath(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "ConfigurationChangeProvider";
  }
}
