package org.jiis.internal;

import org.jiis.event.CustomNotificationProvider;

/** {@link CustomNotificationProvider} over an {@code ICustomNotificationProvider*}. */
final class CustomNotificationProviderView extends EventProviderView
    implements CustomNotificationProvider {

  CustomNotificationProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  public String notificationType() {
    enter();
    try {
      return natives.customNotificationProviderQueryNotificationType(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "CustomNotificationProvider";
  }
}
