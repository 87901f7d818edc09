package org.jiis.event;

/** A view of {@code IGlobalStopListeningProvider}: the worker process stops accepting requests. */
public interface StopListeningProvider extends EventProvider {

  /** {@code DrainRequestsGracefully}: whether requests in flight are drained rather than ended. */
  boolean drainRequestsGracefully();
}
