package org.jiis.testkit.fakes;

import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import org.jiis.event.SuspendProcessProvider;

/**
 * A fake {@link SuspendProcessProvider}: what a {@code SuspendProcessListener} receives. Like the
 * real one it works only during the callback on its thread; {@link #resume()} then plays IIS
 * resuming the process.
 *
 * <pre>{@code
 * FakeSuspendProcessProvider suspension = FakeSuspendProcessProvider.create();
 * module.onSuspendProcess(suspension);
 * suspension.endCallback();
 * suspension.resume(); // runs the module's resume callback, once
 * }</pre>
 */
public final class FakeSuspendProcessProvider implements SuspendProcessProvider {

  private final FakeScope scope = FakeScope.callback();
  private final AtomicReference<Runnable> resumeCallback = new AtomicReference<>();

  private FakeSuspendProcessProvider() {}

  /** A provider usable on the current thread until {@link #endCallback()}. */
  public static FakeSuspendProcessProvider create() {
    return new FakeSuspendProcessProvider();
  }

  /** Ends the callback that received this provider: from now on its method throws. */
  public void endCallback() {
    scope.end();
  }

  @Override
  public void setResumeCallback(Runnable onResume) {
    scope.check("SuspendProcessProvider", FakeScope.COPY_THE_VALUES);
    resumeCallback.set(Objects.requireNonNull(onResume, "onResume"));
  }

  /** Whether the module set a resume callback that has not run yet. */
  public boolean hasResumeCallback() {
    return resumeCallback.get() != null;
  }

  /**
   * What {@code IGlobalSuspendProcessCallback::Resume} does: runs the module's resume callback on
   * the calling thread, once; does nothing when there is none. Whatever it throws reaches the
   * caller (the runtime would log it).
   */
  public void resume() {
    Runnable callback = resumeCallback.getAndSet(null);
    if (callback != null) {
      callback.run();
    }
  }
}
