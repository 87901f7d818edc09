package org.jiis.internal;

/**
 * When the views of one set of IIS objects may be used: either during one callback on its thread
 * ({@link CallbackScope}) or until a retained record is closed ({@link RetainedScope}). Every view
 * method runs between {@link #enter} and {@link #exit}, so no view ever reaches an IIS object that
 * may have been freed.
 */
abstract class ViewScope {

  /**
   * Checks that {@code view} may be used now.
   *
   * @throws IllegalStateException saying why not and how to keep a record
   */
  abstract void enter(NativeView view);

  /** Ends a use begun by a successful {@link #enter}. */
  abstract void exit();

  /** The epoch a view bound now records; a view is usable while it matches the scope's. */
  abstract long epoch();

  /**
   * Whether child views (keys, records) are reused objects rebound on each call, or fresh objects.
   * Reuse avoids allocation and is safe only when one thread uses the views.
   */
  abstract boolean reusesViews();
}
