package org.jiis.event;

import org.jiis.Priority;

/**
 * A view of {@code IHttpApplicationResolveModulesProvider}: IIS resolves the modules of an
 * application. Registering request modules ({@code RegisterModule}) needs a native module
 * factory, which jiis does not offer.
 */
public interface ApplicationResolveModulesProvider extends ApplicationProvider {

  /**
   * {@code SetPriorityForRequestNotification}: the priority of a request module of this
   * application for one request notification.
   *
   * @param moduleName the request module's name
   * @param requestNotification one {@code RQ_*} bit
   * @throws org.jiis.IisException if IIS returns a failing {@code HRESULT}
   */
  void setPriorityForRequestNotification(String moduleName, int requestNotification, Priority priority);
}
