package org.jiis.event;

/**
 * A view of {@code IGlobalApplicationPreloadProvider}. Creating and executing preload requests
 * ({@code CreateContext}, {@code ExecuteRequest}) works with request-pipeline objects, which jiis
 * does not expose to global modules.
 */
public interface ApplicationPreloadProvider extends EventProvider {}
