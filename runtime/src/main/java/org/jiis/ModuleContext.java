package org.jiis;

/**
 * What jiis hands a module's constructor: its name, its settings, its log and the IIS server
 * services. A module class may declare a public constructor taking a {@code ModuleContext} instead
 * of a no-argument one.
 */
public interface ModuleContext {

  /** The module's name, as given by {@link GlobalModule#name()}. */
  String moduleName();

  /** Whether {@code debug=true} is set in the module's {@code <Name>.jiis.properties}. */
  boolean debugEnabled();

  /** The module's log: the Windows Event Log under IIS (event source = module name). */
  EventLog eventLog();

  /**
   * The {@code IHttpServer} services IIS passed to {@code RegisterModule}. The same object for the
   * module's whole life; keep it and use it from any thread.
   */
  IisServer server();
}
