package org.jiis;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a class as an IIS native global module. The jiis annotation processor validates the class
 * and generates the native module (a DLL exporting {@code RegisterModule}) that dispatches the
 * listed IIS global notifications to it.
 *
 * <p>The class must be public, concrete, top-level or static nested, not generic, have a public
 * constructor taking no arguments or a {@link ModuleContext}, and implement the listener interface
 * of every listed event (for example {@link CacheOperationListener} for
 * {@link GlobalEvent#CACHE_OPERATION}) and of no other event.
 *
 * <pre>{@code
 * @GlobalModule(name = "TokenCacheAudit", events = {CACHE_OPERATION, CACHE_CLEANUP})
 * public final class TokenCacheAudit implements CacheOperationListener, CacheCleanupListener { ... }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface GlobalModule {

  /**
   * The module's name: the DLL, its {@code .def} library, the IIS {@code globalModules} entry and
   * the Windows event source. Must match {@code [A-Za-z_][A-Za-z0-9_]{0,63}} and not be a Windows
   * reserved device name. Empty (the default) means the class's simple name.
   */
  String name() default "";

  /** The global notifications the module subscribes to; at least one, each at most once. */
  GlobalEvent[] events();

  /** The priority IIS gives this module for each of its notifications. */
  Priority priority() default Priority.MEDIUM;
}
