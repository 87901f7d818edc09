package org.jiis.processor.model;

/**
 * One parameter of a listener method (and of the {@code ModuleDispatcher} hook of the same name).
 *
 * @param typeName the parameter type's canonical name, for example {@code org.jiis.cache.CacheProvider}
 * @param name the parameter name the generated code uses
 */
public record ListenerParameter(String typeName, String name) {}
