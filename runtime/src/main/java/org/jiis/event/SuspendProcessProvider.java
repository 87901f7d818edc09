package org.jiis.event;

/**
 * What a module can do when IIS is about to suspend the worker process
 * ({@code CGlobalModule::OnSuspendProcess}): hand IIS a callback
 * ({@code IGlobalSuspendProcessCallback}) whose {@code Resume} runs when the process resumes.
 */
public interface SuspendProcessProvider {

  /**
   * Asks IIS to run {@code onResume} when the process resumes (on an IIS thread). Call at most
   * once per suspension; a later call replaces the earlier action. The action runs once; what it
   * throws is logged, and it does not run once IIS has terminated the module.
   *
   * @throws IllegalStateException outside the callback, or when IIS passed no place for a callback
   */
  void setResumeCallback(Runnable onResume);
}
