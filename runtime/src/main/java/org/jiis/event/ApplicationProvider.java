package org.jiis.event;

/**
 * A view of {@code IHttpApplicationProvider}, which IIS passes for application start
 * ({@code IHttpApplicationStartProvider}) and stop ({@code IHttpApplicationStopProvider}).
 */
public interface ApplicationProvider extends EventProvider {

  /** {@code GetApplication}: the application, or {@code null} when IIS passes none. */
  Application application();
}
