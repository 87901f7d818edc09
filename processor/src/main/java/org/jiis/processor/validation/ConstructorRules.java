package org.jiis.processor.validation;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jiis.processor.model.ConstructorKind;

/**
 * How the dispatcher creates the module: with a public constructor taking one {@code
 * org.jiis.ModuleContext} or, when the class has none, a public constructor taking no arguments.
 * The chosen constructor may not declare checked exceptions: the module is created inside IIS's
 * {@code RegisterModule}, where a checked exception has nowhere to go.
 */
final class ConstructorRules {

  static final String MODULE_CONTEXT = "org.jiis.ModuleContext";

  private final Elements elements;
  private final Types types;

  ConstructorRules(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The constructor to use, or null after reporting why there is none. */
  ConstructorKind check(TypeElement type, ValidationReport report) {
    List<ExecutableElement> constructors = ElementFilter.constructorsIn(type.getEnclosedElements());
    ExecutableElement chosen = find(constructors, ConstructorKind.MODULE_CONTEXT, true);
    ConstructorKind kind = ConstructorKind.MODULE_CONTEXT;
    if (chosen == null) {
      chosen = find(constructors, ConstructorKind.NO_ARGS, true);
      kind = ConstructorKind.NO_ARGS;
    }
    if (chosen == null) {
      reportMissing(type, constructors, report);
      return null;
    }
    for (TypeMirror thrown : chosen.getThrownTypes()) {
      if (isChecked(thrown)) {
        report.error(DiagnosticId.CONSTRUCTOR_THROWS,
            "constructor " + signature(type, kind) + " declares checked exception " + thrown
                + ", but jiis creates the module inside IIS's RegisterModule where it has nowhere to go;"
                + " handle it in the constructor or throw an unchecked exception",
            Location.of(chosen));
        return null;
      }
    }
    return kind;
  }

  private void reportMissing(TypeElement type, List<ExecutableElement> constructors, ValidationReport report) {
    for (ConstructorKind kind : ConstructorKind.values()) {
      ExecutableElement hidden = find(constructors, kind, false);
      if (hidden != null && isImplicit(hidden) && !type.getModifiers().contains(Modifier.PUBLIC)) {
        return; // the default constructor of a non-public class: [jiis.NotPublic] already says it all
      }
      if (hidden != null) {
        report.error(DiagnosticId.NO_USABLE_CONSTRUCTOR,
            "constructor " + signature(type, kind) + " is not public, so jiis cannot call it; make it public",
            Location.of(hidden));
        return;
      }
    }
    String name = type.getSimpleName().toString();
    report.error(DiagnosticId.NO_USABLE_CONSTRUCTOR,
        "module class " + name + " has no constructor jiis can call; add 'public " + name + "()' or 'public "
            + name + "(ModuleContext context)' (org.jiis.ModuleContext)",
        Location.of(type));
  }

  private boolean isImplicit(ExecutableElement constructor) {
    return elements.getOrigin(constructor) == Elements.Origin.MANDATED;
  }

  private ExecutableElement find(List<ExecutableElement> constructors, ConstructorKind kind, boolean isPublic) {
    for (ExecutableElement constructor : constructors) {
      if (constructor.getModifiers().contains(Modifier.PUBLIC) == isPublic && kindOf(constructor) == kind) {
        return constructor;
      }
    }
    return null;
  }

  private static ConstructorKind kindOf(ExecutableElement constructor) {
    List<? extends VariableElement> parameters = constructor.getParameters();
    if (parameters.isEmpty()) {
      return ConstructorKind.NO_ARGS;
    }
    if (parameters.size() == 1 && !constructor.isVarArgs() && isModuleContext(parameters.get(0).asType())) {
      return ConstructorKind.MODULE_CONTEXT;
    }
    return null;
  }

  private static boolean isModuleContext(TypeMirror type) {
    return type.getKind() == TypeKind.DECLARED
        && ((TypeElement) ((DeclaredType) type).asElement()).getQualifiedName().contentEquals(MODULE_CONTEXT);
  }

  private boolean isChecked(TypeMirror thrown) {
    if (thrown.getKind() == TypeKind.ERROR) {
      return false; // javac reports the unresolved type itself
    }
    TypeMirror runtimeException = elements.getTypeElement("java.lang.RuntimeException").asType();
    TypeMirror error = elements.getTypeElement("java.lang.Error").asType();
    return !types.isSubtype(thrown, runtimeException) && !types.isSubtype(thrown, error);
  }

  private static String signature(TypeElement type, ConstructorKind kind) {
    return type.getSimpleName() + (kind == ConstructorKind.MODULE_CONTEXT ? "(ModuleContext)" : "()");
  }
}
