package org.jiis.internal;

import org.jiis.event.Application;
import org.jiis.event.ApplicationProvider;

/**
 * {@link ApplicationProvider} over an {@code IHttpApplicationProvider*} (application start and
 * stop); the base of the resolve-modules view.
 */
class ApplicationProviderView extends EventProviderView implements ApplicationProvider {

  private final ApplicationView application;

  ApplicationProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
    this.application = new ApplicationView(natives, scope);
  }

  @Override
  public final Application application() {
    enter();
    try {
      return application.bindOrNull(natives.httpApplicationProviderGetApplication(pointer));
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "ApplicationProvider";
  }
}
