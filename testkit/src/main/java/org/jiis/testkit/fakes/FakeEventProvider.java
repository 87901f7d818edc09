package org.jiis.testkit.fakes;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jiis.event.EventProvider;

/**
 * The base of the fake providers of {@code org.jiis.event}: records {@link #setErrorStatus} and,
 * like the real views, works only on the thread that built it and until {@link #endCallback()},
 * which also ends what it hands out (an {@link FakeApplication}).
 */
public abstract class FakeEventProvider implements EventProvider {

  private final FakeScope scope = FakeScope.callback();
  private final List<Integer> errorStatuses = new CopyOnWriteArrayList<>();

  FakeEventProvider() {}

  /**
   * Ends the callback that received this provider, as the runtime does when the listener returns:
   * from now on every method of the provider (and of what it handed out) throws
   * {@link IllegalStateException}. The recordings ({@link #errorStatuses()} and the like) stay
   * readable.
   */
  public final void endCallback() {
    scope.end();
    endChildren();
  }

  @Override
  public final void setErrorStatus(int hresult) {
    check();
    errorStatuses.add(hresult);
  }

  /** The {@code HRESULT}s the module passed to {@link #setErrorStatus}, oldest first. */
  public final List<Integer> errorStatuses() {
    return List.copyOf(errorStatuses);
  }

  /** Throws {@link IllegalStateException} unless the provider may be used now. */
  final void check() {
    scope.check(typeName(), FakeScope.COPY_THE_VALUES);
  }

  /** Ends what the provider handed out; nothing unless overridden. */
  void endChildren() {}

  /** The API type this fake stands for, as the runtime names it in messages. */
  abstract String typeName();
}
