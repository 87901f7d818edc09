package org.jiis.event;

/**
 * A view of {@code IPreBeginRequestProvider}. Its request context ({@code IHttpContext}) belongs to
 * the request pipeline, which jiis does not expose to global modules.
 */
public interface PreBeginRequestProvider extends EventProvider {}
