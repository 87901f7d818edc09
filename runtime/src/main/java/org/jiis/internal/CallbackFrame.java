package org.jiis.internal;

/**
 * The reusable views of one callback nesting level on one thread: bound to the event's pointers
 * when a callback begins, invalidated when it ends. Created the first time a thread reaches this
 * nesting level and reused for every later callback there.
 */
final class CallbackFrame {

  private final NativeAccess natives;
  private final CallbackScope scope;
  private CacheProviderView provider;
  private EventViews events;

  CallbackFrame(NativeAccess natives, Thread thread) {
    this.natives = natives;
    this.scope = new CallbackScope(thread);
  }

  void open() {
    scope.open();
  }

  void close() {
    scope.close();
  }

  /** The provider view bound to {@code pointer}; call between {@link #open} and {@link #close}. */
  CacheProviderView provider(long pointer) {
    if (provider == null) {
      provider = new CacheProviderView(natives, scope);
    }
    provider.bind(pointer);
    return provider;
  }

  /** The views of the other notifications' providers; bind them between {@link #open} and {@link #close}. */
  EventViews events() {
    if (events == null) {
      events = new EventViews(natives, scope);
    }
    return events;
  }
}
