package org.jiis.event;

/** A view of {@code ICustomNotificationProvider}. */
public interface CustomNotificationProvider extends EventProvider {

  /** {@code QueryNotificationType}: the name the raising module gave its notification type. */
  String notificationType();
}
