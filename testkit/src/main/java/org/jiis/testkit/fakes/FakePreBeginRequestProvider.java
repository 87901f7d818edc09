package org.jiis.testkit.fakes;

import org.jiis.event.PreBeginRequestProvider;

/** A fake {@link PreBeginRequestProvider}: what a {@code PreBeginRequestListener} receives. */
public final class FakePreBeginRequestProvider extends FakeEventProvider implements PreBeginRequestProvider {

  private FakePreBeginRequestProvider() {}

  /** A provider usable on the current thread until {@link #endCallback()}. */
  public static FakePreBeginRequestProvider create() {
    return new FakePreBeginRequestProvider();
  }

  @Override
  String typeName() {
    return "PreBeginRequestProvider";
  }
}
