package org.jiis.processor.model;

import java.util.List;

/**
 * A valid {@code @GlobalModule} class, as plain data: everything generation needs and nothing
 * else. Built only by validation; generation reads only this.
 *
 * @param moduleName the module name (DLL, event source, generated type prefix)
 * @param packageName the class's package, empty for the unnamed package
 * @param simpleNames the class's simple name, preceded by its enclosing classes' names
 * @param events the subscribed events, in declaration order, without duplicates
 * @param priority the priority for every subscribed event
 * @param constructor how to create the module
 */
public record ModuleModel(
    String moduleName,
    String packageName,
    List<String> simpleNames,
    List<EventKind> events,
    PriorityKind priority,
    ConstructorKind constructor) {

  public ModuleModel {
    simpleNames = List.copyOf(simpleNames);
    events = List.copyOf(events);
  }

  /** The canonical name of the user's class, for example {@code p.Outer.Inner}. */
  public String canonicalName() {
    return qualify(String.join(".", simpleNames));
  }

  /** The binary name of the user's class, for example {@code p.Outer$Inner}. */
  public String binaryName() {
    return qualify(String.join("$", simpleNames));
  }

  /** The generated dispatcher's simple name, in {@link #packageName()}. */
  public String dispatcherSimpleName() {
    return moduleName + "Dispatcher";
  }

  /** The generated dispatcher's binary name. */
  public String dispatcherBinaryName() {
    return qualify(dispatcherSimpleName());
  }

  /** The generated natives class's simple name (the module's {@code NativeAccess}). */
  public String nativesSimpleName() {
    return moduleName + "Natives";
  }

  /** The generated natives class's binary name. */
  public String nativesBinaryName() {
    return qualify(nativesSimpleName());
  }

  /** The OR of the subscribed events' {@code GL_*} bits. */
  public int notificationMask() {
    int mask = 0;
    for (EventKind event : events) {
      mask |= event.bit();
    }
    return mask;
  }

  private String qualify(String name) {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }
}
