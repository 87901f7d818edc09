package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.jiis.GlobalNotificationStatus;
import org.jiis.cache.TokenKey;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * An IIS worker thread serves every module's events: an interrupt a handler leaves on it is
 * cleared before the thread goes back to IIS, but not while an outer handler of the same module
 * still runs on it.
 */
class InterruptTest {

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);

  @AfterEach
  void clearThisThread() {
    Thread.interrupted();
  }

  @Test
  void anInterruptAHandlerLeavesDoesNotReachTheNextEvent() {
    List<Boolean> interruptedAtStart = new ArrayList<>();
    TestDispatcher.of(module).cacheOperation = provider -> {
      interruptedAtStart.add(Thread.currentThread().isInterrupted());
      Thread.currentThread().interrupt();
      return GlobalNotificationStatus.CONTINUE;
    };

    natives.fire(module, natives.tokenEvent("first", null));
    boolean interruptedInIis = Thread.currentThread().isInterrupted();
    natives.fire(module, natives.tokenEvent("second", null));

    assertThat(interruptedInIis).isFalse();
    assertThat(interruptedAtStart).containsExactly(false, false).inOrder();
  }

  @Test
  void aNestedEventLeavesTheOuterHandlersInterruptAlone() {
    List<Boolean> outerInterruptedAfterNested = new ArrayList<>();
    TestDispatcher.of(module).cacheOperation = provider -> {
      if (((TokenKey) provider.key()).userName().equals("outer")) {
        // IIS raising another event from inside this handler's call; that handler interrupts.
        natives.fire(module, natives.tokenEvent("inner", null));
        outerInterruptedAfterNested.add(Thread.currentThread().isInterrupted());
      } else {
        Thread.currentThread().interrupt();
      }
      return GlobalNotificationStatus.CONTINUE;
    };

    natives.fire(module, natives.tokenEvent("outer", null));

    assertThat(outerInterruptedAfterNested).containsExactly(true);
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }

  @Test
  void aHandlerThatThrowsWhileInterruptedLeavesNoInterruptEither() {
    TestDispatcher.of(module).cacheOperation = provider -> {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted and failing");
    };

    int status = natives.fire(module, natives.tokenEvent("user", null));

    assertThat(status).isEqualTo(GlobalNotificationStatus.CONTINUE.value());
    assertThat(Thread.currentThread().isInterrupted()).isFalse();
  }
}
