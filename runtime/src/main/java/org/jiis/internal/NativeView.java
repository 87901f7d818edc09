package org.jiis.internal;

/**
 * A Java view of one IIS object, reached through {@link NativeAccess} by its pointer. Within a
 * callback the same view object is rebound to the next object of its kind, so the hot path
 * allocates nothing; {@link ViewScope} decides when a view may be used.
 */
abstract class NativeView {

  final NativeAccess natives;
  final ViewScope scope;
  long pointer;
  private long epoch;

  NativeView(NativeAccess natives, ViewScope scope) {
    this.natives = natives;
    this.scope = scope;
  }

  /** Points this view at {@code pointer} for the scope's current epoch. */
  final void bind(long pointer) {
    this.pointer = pointer;
    this.epoch = scope.epoch();
  }

  final long epoch() {
    return epoch;
  }

  /** Checks validity; pair every successful call with {@link #exit()} in a {@code finally}. */
  final void enter() {
    scope.enter(this);
  }

  final void exit() {
    scope.exit();
  }

  /** The API type the view implements, for messages: {@code "TokenEntry"}. */
  abstract String typeName();

  /**
   * The advice a use outside the view's callback ends with: how to keep what it shows. Most views
   * show values only, so by default: copy them.
   */
  String keepAdvice() {
    return COPY_THE_VALUES;
  }

  static final String COPY_THE_VALUES =
      "To use its data later, copy the values you need (strings, numbers) during the callback.";

  @Override
  public String toString() {
    return typeName() + " view";
  }
}
