package org.jiis.processor.validation;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The module names claimed so far in this compilation, across rounds. Names are compared ignoring
 * case because they name Windows files (the module DLL, its settings file).
 *
 * <p>Under Gradle's incremental compilation only the changed classes are recompiled, so a clash
 * with an unchanged module is found on the next full compilation only.
 */
public final class ModuleNames {

  private record Claim(String name, String className) {}

  private final Map<String, Claim> claims = new HashMap<>();

  /** Claims the candidate's valid name, reporting it on the candidate if already claimed. */
  public void claim(ModuleCandidate candidate) {
    String name = candidate.moduleName();
    if (name == null) {
      return;
    }
    String className = candidate.type().getQualifiedName().toString();
    Claim first = claims.putIfAbsent(name.toLowerCase(Locale.ROOT), new Claim(name, className));
    if (first != null) {
      candidate.report().error(DiagnosticId.DUPLICATE_NAME,
          "module name \"" + name + "\" is already used by module \"" + first.name() + "\" (class "
              + first.className() + "); module names must differ ignoring case because they name"
              + " Windows files; choose another one with @GlobalModule(name = \"...\")",
          NameRules.nameLocation(candidate.type(), candidate.annotation()));
    }
  }
}
