package org.jiis.event;

/** A view of {@code IGlobalConfigurationChangeProvider}. */
public interface ConfigurationChangeProvider extends EventProvider {

  /** {@code GetChangePath}: the configuration path that changed, for example {@code MACHINE/WEBROOT/APPHOST}. */
  String changePath();
}
