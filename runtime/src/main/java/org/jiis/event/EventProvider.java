package org.jiis.event;

/**
 * A view of {@code IHttpEventProvider}, the base of every IIS notification provider. Like every
 * view, valid only during the callback that received it; afterwards every method throws
 * {@link IllegalStateException}.
 */
public interface EventProvider {

  /**
   * {@code SetErrorStatus}: reports that the module failed to handle the notification.
   *
   * @param hresult the failing {@code HRESULT}, for example {@code 0x80004005} ({@code E_FAIL})
   */
  void setErrorStatus(int hresult);
}
