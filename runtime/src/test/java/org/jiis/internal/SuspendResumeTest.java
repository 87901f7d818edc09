package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.jiis.GlobalNotificationStatus;
import org.jiis.event.SuspendProcessProvider;
import org.jiis.internal.FakeNatives.CallbackSlot;
import org.jiis.internal.FakeNatives.LogEntry;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * {@code OnSuspendProcess} and {@code IGlobalSuspendProcessCallback::Resume}: an action set during
 * the suspension runs once, on the thread IIS resumes on.
 */
class SuspendResumeTest {

  private final FakeNatives natives = new FakeNatives();
  private final NativeModule module = TestDispatcher.start(natives);
  private final TestDispatcher dispatcher = TestDispatcher.of(module);
  private final List<String> ran = new ArrayList<>();

  @AfterEach
  void noUseAfterFree() {
    assertThat(natives.violations()).isEmpty();
  }

  /** Fires OnSuspendProcess with a fresh slot, the handler doing {@code body}; returns the slot. */
  private CallbackSlot suspend(Consumer<SuspendProcessProvider> body) {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    dispatcher.event = call -> {
      try {
        body.accept((SuspendProcessProvider) call.provider());
      } catch (RuntimeException e) {
        failure.set(e);
      }
      return GlobalNotificationStatus.HANDLED;
    };
    CallbackSlot slot = new CallbackSlot();
    assertThat(natives.deliver(module::suspendProcess, natives.add(slot))).isEqualTo(1);
    if (failure.get() != null) {
      throw failure.get();
    }
    return slot;
  }

  @Test
  void aResumeCallbackIsHandedToIisAndRunsOnceOnResume() {
    CallbackSlot slot = suspend(provider -> provider.setResumeCallback(() -> ran.add("resumed")));

    assertThat(slot.stores).isEqualTo(1);
    assertThat(ran).isEmpty();
    module.resume();
    assertThat(ran).containsExactly("resumed");
    module.resume();
    assertThat(ran).containsExactly("resumed");
  }

  @Test
  void withoutAResumeCallbackIisGetsNoneAndResumeDoesNothing() {
    CallbackSlot slot = suspend(provider -> {});

    assertThat(slot.stores).isEqualTo(0);
    module.resume();
    assertThat(ran).isEmpty();
  }

  @Test
  void aLaterCallbackReplacesTheEarlierOne() {
    suspend(provider -> {
      provider.setResumeCallback(() -> ran.add("first"));
      provider.setResumeCallback(() -> ran.add("second"));
    });

    module.resume();

    assertThat(ran).containsExactly("second");
  }

  @Test
  void eachSuspensionGetsItsOwnResume() {
    suspend(provider -> provider.setResumeCallback(() -> ran.add("first suspension")));
    module.resume();
    suspend(provider -> provider.setResumeCallback(() -> ran.add("second suspension")));
    module.resume();

    assertThat(ran).containsExactly("first suspension", "second suspension").inOrder();
  }

  @Test
  void resumeRunsOnTheCallingThreadWithTheModulesClassLoader() throws Exception {
    List<Object> seen = new ArrayList<>();
    suspend(provider -> provider.setResumeCallback(() -> {
      seen.add(Thread.currentThread().getName());
      seen.add(Thread.currentThread().getContextClassLoader());
    }));
    ClassLoader otherLoader = new ClassLoader(null) {};
    Thread resumer = new Thread(module::resume, "IIS resume thread");
    resumer.setContextClassLoader(otherLoader);

    resumer.start();
    resumer.join();

    assertThat(seen).containsExactly("IIS resume thread", TestDispatcher.class.getClassLoader()).inOrder();
  }

  @Test
  void aThrowingResumeCallbackIsContainedAndLogged() {
    suspend(provider -> provider.setResumeCallback(() -> {
      throw new IllegalStateException("cannot reconnect");
    }));

    module.resume();

    List<LogEntry> log = natives.log();
    assertThat(log).hasSize(1);
    assertThat(log.get(0).level()).isEqualTo(NativeAccess.LOG_ERROR);
    assertThat(log.get(0).message()).startsWith("Module TestModule: the resume callback threw"
        + " java.lang.IllegalStateException; the process resumes anyway." + System.lineSeparator()
        + "java.lang.IllegalStateException: cannot reconnect");
  }

  @Test
  void afterTerminateAPendingCallbackDoesNotRun() {
    suspend(provider -> provider.setResumeCallback(() -> ran.add("resumed")));

    module.terminate();
    module.resume();

    assertThat(ran).isEmpty();
  }

  @Test
  void aNullCallbackSlotOrActionIsRefused() {
    AtomicReference<RuntimeException> failure = new AtomicReference<>();
    dispatcher.event = call -> {
      try {
        ((SuspendProcessProvider) call.provider()).setResumeCallback(() -> ran.add("never"));
      } catch (RuntimeException e) {
        failure.set(e);
      }
      return GlobalNotificationStatus.CONTINUE;
    };
    module.suspendProcess(0);

    assertThat(failure.get()).isInstanceOf(IllegalStateException.class);
    assertThat(failure.get()).hasMessageThat().isEqualTo(
        "IIS passed OnSuspendProcess no place for a callback (pCallback is NULL), so no resume"
            + " callback can be registered for this suspension");
    module.resume();
    assertThat(ran).isEmpty();

    CallbackSlot slot = new CallbackSlot();
    dispatcher.event = call -> {
      try {
        ((SuspendProcessProvider) call.provider()).setResumeCallback(null);
      } catch (RuntimeException e) {
        failure.set(e);
      }
      return GlobalNotificationStatus.CONTINUE;
    };
    natives.deliver(module::suspendProcess, natives.add(slot));
    assertThat(failure.get()).isInstanceOf(NullPointerException.class);
    assertThat(failure.get()).hasMessageThat().isEqualTo("onResume");
    assertThat(slot.stores).isEqualTo(0);
  }
}
