package org.jiis;

/** What a handler returns to IIS: the {@code GLOBAL_NOTIFICATION_STATUS} values. */
public enum GlobalNotificationStatus {
  /** {@code GL_NOTIFICATION_CONTINUE}: let the other subscribed modules see the event. */
  CONTINUE(0),
  /** {@code GL_NOTIFICATION_HANDLED}: stop delivering the event to later modules. */
  HANDLED(1);

  private final int value;

  GlobalNotificationStatus(int value) {
    this.value = value;
  }

  /** The numeric {@code GLOBAL_NOTIFICATION_STATUS} value. */
  public int value() {
    return value;
  }

  /** The {@code httpserv.h} constant name, for example {@code "GL_NOTIFICATION_CONTINUE"}. */
  public String constantName() {
    return "GL_NOTIFICATION_" + name();
  }
}
