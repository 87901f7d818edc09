package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.TokenEntry;
import org.jiis.cache.TokenKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** An event raised on the same thread while a handler runs does not disturb the handler's views. */
class ReentrancyTest {

  private static final int DEPTH = 5;

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);
  private final List<String> failures = new ArrayList<>();

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  @Test
  void nestedEventsKeepTheOuterViewsBoundAndInvalidateTheirOwn() {
    List<TokenEntry> innerRecords = new ArrayList<>();
    TestDispatcher.of(module).cacheOperation = provider -> {
      TokenEntry record = (TokenEntry) provider.record();
      TokenKey key = (TokenKey) provider.key();
      String user = key.userName();
      int level = Integer.parseInt(user.substring("user".length()));
      if (level < DEPTH) {
        // IIS raising another cache event from inside this handler's call.
        int status = natives.fire(module, natives.tokenEvent("user" + (level + 1), null));
        check(status == GlobalNotificationStatus.HANDLED.value(), "nested status at " + level);
        check(innerRecords.size() == DEPTH - level, "inner records recorded at " + level);
        for (TokenEntry inner : innerRecords) {
          check(throwsIllegalState(inner), "an inner record still works at level " + level);
        }
      }
      check(key.userName().equals(user), "outer key rebound at level " + level);
      check(((TokenKey) record.key()).userName().equals(user), "outer record rebound at level " + level);
      check(record.primaryToken().isValid(), "outer record unreadable at level " + level);
      innerRecords.add(record);
      return GlobalNotificationStatus.HANDLED;
    };

    int status = natives.fire(module, natives.tokenEvent("user1", null));

    assertThat(failures).isEmpty();
    assertThat(status).isEqualTo(GlobalNotificationStatus.HANDLED.value());
    assertThat(innerRecords).hasSize(DEPTH);
    assertThat(TestDispatcher.of(module).cacheOperationCalls).isEqualTo(DEPTH);
    for (TokenEntry record : innerRecords) {
      assertThrows(IllegalStateException.class, record::primaryToken);
    }
  }

  private void check(boolean condition, String failure) {
    if (!condition) {
      failures.add(failure);
    }
  }

  private static boolean throwsIllegalState(TokenEntry record) {
    try {
      record.sid();
      return false;
    } catch (IllegalStateException expected) {
      return true;
    }
  }
}
