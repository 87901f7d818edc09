package org.jiis.internal;

/**
 * The views of one callback nesting level on one thread. Its epoch changes when a callback begins
 * and when it ends, so a view is usable only if it was bound during the callback now running, on
 * the thread running it. A view kept from an earlier callback carries an older epoch and fails,
 * unless the running callback has rebound that same view object to one of its own (live) objects.
 * The message of a failed use ends with the view's {@link NativeView#keepAdvice()}.
 */
final class CallbackScope extends ViewScope {

  private final Thread thread;
  private long epoch;

  CallbackScope(Thread thread) {
    this.thread = thread;
  }

  /** Starts a callback: views bound before now stop working. */
  void open() {
    epoch++;
  }

  /** Ends the callback: every view bound during it stops working. */
  void close() {
    epoch++;
  }

  @Override
  void enter(NativeView view) {
    // The thread test comes first: another thread must not read the unsynchronized epoch.
    Thread current = Thread.currentThread();
    if (current != thread) {
      throw new IllegalStateException(
          "This " + view.typeName() + " view was used on thread \"" + current.getName()
              + "\", but it is valid only during the callback that received it, on that callback's"
              + " thread (\"" + thread.getName() + "\"). " + view.keepAdvice());
    }
    if (view.epoch() != epoch) {
      throw new IllegalStateException(
          "This " + view.typeName() + " view was used after its callback returned; it is valid"
              + " only during the callback that received it. " + view.keepAdvice());
    }
  }

  @Override
  void exit() {}

  @Override
  long epoch() {
    return epoch;
  }

  @Override
  boolean reusesViews() {
    return true;
  }

  /** The {@link NativeView#keepAdvice()} of the cache views. */
  static final String KEEP_A_RECORD =
      "To keep a cache record, call CacheRecord.retain() during the callback and use"
          + " RetainedRecord.record() until you close the RetainedRecord.";
}
