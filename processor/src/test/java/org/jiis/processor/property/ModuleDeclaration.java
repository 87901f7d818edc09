package org.jiis.processor.property;

import java.util.ArrayList;
import java.util.List;

/**
 * One valid {@code @GlobalModule} class, to be written as Java source: its package, the classes
 * around it, how it names itself, which events it lists and how it implements their listeners, how
 * jiis constructs it. The source names every jiis type fully qualified, so that a class or package
 * of any name (even {@code String} or {@code GlobalEvent}) compiles.
 *
 * @param packageName the package, empty for the unnamed package
 * @param enclosing the simple names of the classes around the module class, outermost first
 * @param simpleName the module class's simple name
 * @param explicitName the {@code name} value, or null for the default (the simple name)
 * @param events the {@code GlobalEvent} constants listed, in order
 * @param listeners how the class comes to implement the listener interfaces
 * @param constructors the constructors the class declares
 * @param priority the {@code Priority} constant, or null for the default
 */
record ModuleDeclaration(
    String packageName,
    List<String> enclosing,
    String simpleName,
    String explicitName,
    List<String> events,
    Listeners listeners,
    Constructors constructors,
    String priority) {

  /** How the module class implements the listener interfaces of its events. */
  enum Listeners { DIRECTLY, THROUGH_SUPERCLASS, THROUGH_SUPERINTERFACE }

  /** The constructors the module class declares. */
  enum Constructors { IMPLICIT, NO_ARGUMENTS, CONTEXT, BOTH }

  private static final String JIIS = "org.jiis.";

  ModuleDeclaration {
    enclosing = List.copyOf(enclosing);
    events = List.copyOf(events);
  }

  String moduleName() {
    return explicitName == null ? simpleName : explicitName;
  }

  /** The top-level class of the file. */
  String topLevelName() {
    return enclosing.isEmpty() ? simpleName : enclosing.get(0);
  }

  /** The binary name of the file's top-level class, which names the file. */
  String topLevelBinaryName() {
    return qualified(topLevelName());
  }

  /** The canonical name of the module class, for example {@code p.Outer.Inner}. */
  String canonicalName() {
    List<String> names = new ArrayList<>(enclosing);
    names.add(simpleName);
    return qualified(String.join(".", names));
  }

  /** The name of the package-private top-level helper type (base class or interface) in the same file. */
  String helperName() {
    return topLevelName() + "_Listeners";
  }

  String qualified(String name) {
    return packageName.isEmpty() ? name : packageName + "." + name;
  }

  /** The Java source of the file. */
  String source() {
    StringBuilder source = new StringBuilder();
    if (!packageName.isEmpty()) {
      source.append("package ").append(packageName).append(";\n\n");
    }
    String indent = "";
    for (String outer : enclosing) {
      source.append(indent).append(indent.isEmpty() ? "public class " : "public static class ")
          .append(outer).append(" {\n");
      indent += "  ";
    }
    source.append(indent).append(annotation()).append('\n');
    source.append(indent).append(enclosing.isEmpty() ? "public " : "public static ").append("class ")
        .append(simpleName).append(supertypes()).append(" {\n");
    String body = indent + "  ";
    appendConstructors(source, body);
    if (listeners != Listeners.THROUGH_SUPERCLASS) {
      appendListenerMethods(source, body);
    }
    source.append(indent).append("}\n");
    for (int i = enclosing.size() - 1; i >= 0; i--) {
      indent = indent.substring(2);
      source.append(indent).append("}\n");
    }
    appendHelper(source);
    return source.toString();
  }

  private String annotation() {
    StringBuilder annotation = new StringBuilder("@" + JIIS + "GlobalModule(");
    if (explicitName != null) {
      annotation.append("name = \"").append(explicitName).append("\", ");
    }
    annotation.append("events = {");
    annotation.append(String.join(", ", events.stream().map(e -> JIIS + "GlobalEvent." + e).toList()));
    annotation.append('}');
    if (priority != null) {
      annotation.append(", priority = " + JIIS + "Priority.").append(priority);
    }
    return annotation.append(')').toString();
  }

  private String supertypes() {
    return switch (listeners) {
      case DIRECTLY -> " implements " + String.join(", ", listenerInterfaces());
      // By simple name: a package may be called like a type (Override), which would obscure it.
      case THROUGH_SUPERCLASS -> " extends " + helperName();
      case THROUGH_SUPERINTERFACE -> " implements " + helperName();
    };
  }

  private List<String> listenerInterfaces() {
    return events.stream()
        .map(e -> e.equals("CACHE_OPERATION") ? JIIS + "CacheOperationListener" : JIIS + "CacheCleanupListener")
        .toList();
  }

  private void appendConstructors(StringBuilder source, String indent) {
    if (constructors == Constructors.NO_ARGUMENTS || constructors == Constructors.BOTH) {
      source.append(indent).append("public ").append(simpleName).append("() {}\n");
    }
    if (constructors == Constructors.CONTEXT || constructors == Constructors.BOTH) {
      source.append(indent).append("public ").append(simpleName).append("(").append(JIIS)
          .append("ModuleContext context) {}\n");
    }
  }

  private void appendListenerMethods(StringBuilder source, String indent) {
    String status = JIIS + "GlobalNotificationStatus";
    for (String event : events) {
      String parameters = event.equals("CACHE_OPERATION") ? JIIS + "cache.CacheProvider provider" : "";
      String method = event.equals("CACHE_OPERATION") ? "onCacheOperation" : "onCacheCleanup";
      source.append(indent).append("@java.lang.Override public ").append(status).append(' ').append(method)
          .append('(').append(parameters).append(") { return ").append(status).append(".CONTINUE; }\n");
    }
  }

  /** The base class or superinterface that brings in the listener interfaces, when there is one. */
  private void appendHelper(StringBuilder source) {
    switch (listeners) {
      case DIRECTLY -> { }
      case THROUGH_SUPERCLASS -> {
        source.append("\nabstract class ").append(helperName()).append(" implements ")
            .append(String.join(", ", listenerInterfaces())).append(" {\n");
        appendListenerMethods(source, "  ");
        source.append("}\n");
      }
      case THROUGH_SUPERINTERFACE -> source.append("\ninterface ").append(helperName()).append(" extends ")
          .append(String.join(", ", listenerInterfaces())).append(" {}\n");
    }
  }
}
