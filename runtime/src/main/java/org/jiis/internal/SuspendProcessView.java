package org.jiis.internal;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jiis.event.SuspendProcessProvider;

/**
 * {@link SuspendProcessProvider} over the {@code IGlobalSuspendProcessCallback**} IIS passes to
 * {@code OnSuspendProcess}. Setting a resume action stores it in the module (the one action
 * {@link NativeModule#resume()} runs) and hands IIS jiis's callback object through the slot.
 */
final class SuspendProcessView extends NativeView implements SuspendProcessProvider {

  private AtomicReference<Runnable> resumeAction;

  SuspendProcessView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  /** Points this view at {@code callbackSlot}; an action set through it goes to {@code resumeAction}. */
  SuspendProcessView bind(long callbackSlot, AtomicReference<Runnable> resumeAction) {
    this.resumeAction = resumeAction;
    bind(callbackSlot);
    return this;
  }

  @Override
  public void setResumeCallback(Runnable onResume) {
    enter();
    try {
      Objects.requireNonNull(onResume, "onResume");
      if (pointer == 0) {
        throw new IllegalStateException(
            "IIS passed OnSuspendProcess no place for a callback (pCallback is NULL), so no resume"
                + " callback can be registered for this suspension");
      }
      // The action is in place before IIS can see the callback that runs it.
      resumeAction.set(onResume);
      natives.storeSuspendProcessCallback(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "SuspendProcessProvider";
  }
}
