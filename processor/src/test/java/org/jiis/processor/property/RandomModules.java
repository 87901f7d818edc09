package org.jiis.processor.property;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import org.jiis.processor.property.ModuleDeclaration.Constructors;
import org.jiis.processor.property.ModuleDeclaration.Listeners;

/**
 * Random valid module classes for one compilation, with random package, class and module names,
 * that can all be compiled together: no two declare the same type, module name (ignoring case) or
 * generated type, and no package has the name of a type.
 */
final class RandomModules {

  private static final List<String> EVENTS = List.of("CACHE_CLEANUP", "CACHE_OPERATION");
  private static final List<String> PRIORITIES = List.of("FIRST", "HIGH", "MEDIUM", "LOW", "LAST");

  private final Random random;
  private final JavaIdentifiers identifiers;
  private final ModuleNameSamples names;
  private final Set<String> types = new HashSet<>();
  private final Set<String> packages = new HashSet<>();
  private final Set<String> moduleNames = new HashSet<>();

  RandomModules(Random random) {
    this.random = random;
    this.identifiers = new JavaIdentifiers(random);
    this.names = new ModuleNameSamples(random);
  }

  /** {@code count} modules, each in its own file. */
  List<ModuleDeclaration> next(int count) {
    List<ModuleDeclaration> modules = new ArrayList<>();
    while (modules.size() < count) {
      ModuleDeclaration candidate = candidate();
      if (fits(candidate)) {
        claim(candidate);
        modules.add(candidate);
      }
    }
    return modules;
  }

  private ModuleDeclaration candidate() {
    List<String> enclosing = new ArrayList<>();
    for (int depth = random.nextInt(4) == 0 ? 1 + random.nextInt(2) : 0; depth > 0; depth--) {
      enclosing.add(identifiers.next());
    }
    String simpleName = identifiers.next();
    boolean defaultName = ModuleNameSamples.isValid(simpleName) && random.nextBoolean();
    List<String> events = new ArrayList<>(EVENTS);
    Collections.shuffle(events, random);
    events = events.subList(0, 1 + random.nextInt(events.size()));
    return new ModuleDeclaration(
        packageName(),
        enclosing,
        simpleName,
        defaultName ? null : names.valid(),
        events,
        Listeners.values()[random.nextInt(Listeners.values().length)],
        Constructors.values()[random.nextInt(Constructors.values().length)],
        random.nextBoolean() ? null : PRIORITIES.get(random.nextInt(PRIORITIES.size())));
  }

  /** A package of up to three segments, lower-case ASCII or any identifier; sometimes the unnamed one. */
  private String packageName() {
    List<String> segments = new ArrayList<>();
    for (int count = random.nextInt(4); segments.size() < count; ) {
      String segment = random.nextBoolean()
          ? identifiers.ascii(1 + random.nextInt(6)).toLowerCase(Locale.ROOT)
          : identifiers.next();
      if (JavaIdentifiers.isUsable(segment)) {
        segments.add(segment);
      }
    }
    return String.join(".", segments);
  }

  /** Whether the candidate can join the modules so far without any clash. */
  private boolean fits(ModuleDeclaration module) {
    List<String> names = new ArrayList<>(module.enclosing());
    names.add(module.simpleName());
    if (names.size() != new HashSet<>(names).size()) {
      return false; // a nested class may not share its enclosing class's name
    }
    if (moduleNames.contains(module.moduleName().toLowerCase(Locale.ROOT))) {
      return false;
    }
    for (String type : newTypes(module)) {
      if (types.contains(type) || packages.contains(type) || isPackagePrefix(type)) {
        return false;
      }
    }
    for (String pkg : packagesOf(module.packageName())) {
      if (types.contains(pkg) || newTypes(module).contains(pkg)) {
        return false;
      }
    }
    return true;
  }

  private boolean isPackagePrefix(String type) {
    return packages.stream().anyMatch(pkg -> pkg.startsWith(type + "."));
  }

  private void claim(ModuleDeclaration module) {
    types.addAll(newTypes(module));
    packages.addAll(packagesOf(module.packageName()));
    moduleNames.add(module.moduleName().toLowerCase(Locale.ROOT));
  }

  /** The top-level types the module's file declares, and those generated for it. */
  private static List<String> newTypes(ModuleDeclaration module) {
    return List.of(module.topLevelBinaryName(), module.qualified(module.helperName()),
        module.qualified(module.moduleName() + "Dispatcher"), module.qualified(module.moduleName() + "Natives"));
  }

  /** {@code a.b.c} and its enclosing packages {@code a.b} and {@code a}. */
  private static List<String> packagesOf(String packageName) {
    List<String> packages = new ArrayList<>();
    String pkg = packageName;
    while (!pkg.isEmpty()) {
      packages.add(pkg);
      pkg = pkg.contains(".") ? pkg.substring(0, pkg.lastIndexOf('.')) : "";
    }
    return packages;
  }
}
