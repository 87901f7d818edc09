package org.jiis.testkit.fakes;

import org.jiis.event.ApplicationPreloadProvider;

/** A fake {@link ApplicationPreloadProvider}: what an {@code ApplicationPreloadListener} receives. */
public final class FakeApplicationPreloadProvider extends FakeEventProvider
    implements ApplicationPreloadProvider {

  private FakeApplicationPreloadProvider() {}

  /** A provider usable on the current thread until {@link #endCallback()}. */
  public static FakeApplicationPreloadProvider create() {
    return new FakeApplicationPreloadProvider();
  }

  @Override
  String typeName() {
    return "ApplicationPreloadProvider";
  }
}
