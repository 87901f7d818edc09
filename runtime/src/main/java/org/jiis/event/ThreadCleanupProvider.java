package org.jiis.event;

/** A view of {@code IGlobalThreadCleanupProvider}: a worker thread returns to the pool. */
public interface ThreadCleanupProvider extends EventProvider {

  /** {@code GetApplication}: the application the thread served, or {@code null}. */
  Application application();
}
