package org.jiis;

import static com.google.common.truth.Truth.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jiis.reference.IisReference;
import org.junit.jupiter.api.Test;

class GlobalNotificationStatusTest {

  @Test
  void matchesTheReferenceEnumInOrder() {
    Map<String, Integer> reference =
        IisReference.load().enumerators("GLOBAL_NOTIFICATION_STATUS");

    Map<String, Integer> values = new LinkedHashMap<>();
    for (GlobalNotificationStatus status : GlobalNotificationStatus.values()) {
      values.put(status.constantName(), status.value());
    }

    assertThat(values).containsExactlyEntriesIn(reference).inOrder();
  }

  @Test
  void continueIsZeroAndHandledIsOne() {
    assertThat(GlobalNotificationStatus.CONTINUE.value()).isEqualTo(0);
    assertThat(GlobalNotificationStatus.CONTINUE.constantName())
        .isEqualTo("GL_NOTIFICATION_CONTINUE");
    assertThat(GlobalNotificationStatus.HANDLED.value()).isEqualTo(1);
    assertThat(GlobalNotificationStatus.HANDLED.constantName())
        .isEqualTo("GL_NOTIFICATION_HANDLED");
  }
}
