package org.jiis.internal;

import java.util.Objects;
import org.jiis.IisException;
import org.jiis.Priority;
import org.jiis.event.ApplicationResolveModulesProvider;

/** {@link ApplicationResolveModulesProvider} over an {@code IHttpApplicationResolveModulesProvider*}. */
final class ApplicationResolveModulesProviderView extends ApplicationProviderView
    implements ApplicationResolveModulesProvider {

  ApplicationResolveModulesProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  public void setPriorityForRequestNotification(
      String moduleName, int requestNotification, Priority priority) {
    enter();
    int hresult;
    try {
      Objects.requireNonNull(moduleName, "moduleName");
      Objects.requireNonNull(priority, "priority");
      hresult = natives.httpApplicationResolveModulesProviderSetPriorityForRequestNotification(
          pointer, moduleName, requestNotification, priority.alias());
    } finally {
      exit();
    }
    if (hresult < 0) {
      throw new IisException(
          "IHttpApplicationResolveModulesProvider::SetPriorityForRequestNotification", hresult);
    }
  }

  @Override
  String typeName() {
    return "ApplicationResolveModulesProvider";
  }
}
