package org.jiis.internal;

import org.jiis.event.Application;
import org.jiis.event.ThreadCleanupProvider;

/** {@link ThreadCleanupProvider} over an {@code IGlobalThreadCleanupProvider*}. */
final class ThreadCleanupProviderView extends EventProviderView implements ThreadCleanupProvider {

  private final ApplicationView application;

  ThreadCleanupProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
    this.application = new ApplicationView(natives, scope);
  }

  @Override
  public Application application() {
    enter();
    try {
      return application.bindOrNull(natives.globalThreadCleanupProviderGetApplication(pointer));
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "ThreadCleanupProvider";
  }
}
