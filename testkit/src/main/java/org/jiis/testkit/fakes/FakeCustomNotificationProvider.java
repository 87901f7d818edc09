package org.jiis.testkit.fakes;

import org.jiis.event.CustomNotificationProvider;

/** A fake {@link CustomNotificationProvider}: what a {@code CustomNotificationListener} receives. */
public final class FakeCustomNotificationProvider extends FakeEventProvider
    implements CustomNotificationProvider {

  private final String notificationType;

  private FakeCustomNotificationProvider(String notificationType) {
    this.notificationType = notificationType;
  }

  /**
   * A provider usable on the current thread until {@link #endCallback()}.
   *
   * @param notificationType {@code QueryNotificationType}; may be null
   */
  public static FakeCustomNotificationProvider of(String notificationType) {
    return new FakeCustomNotificationProvider(notificationType);
  }

  @Override
  public String notificationType() {
    check();
    return notificationType;
  }

  @Override
  String typeName() {
    return "CustomNotificationProvider";
  }
}
