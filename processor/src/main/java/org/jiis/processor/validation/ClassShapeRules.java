package org.jiis.processor.validation;

import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.TypeParameterElement;

/**
 * The declaration rules: jiis creates the module from generated code with {@code new}, so the
 * annotated type must be a public, concrete, non-generic class that is top-level or static nested.
 */
final class ClassShapeRules {

  private ClassShapeRules() {}

  /**
   * Reports every rule {@code type} breaks. Returns false when {@code type} is not a class at all,
   * in which case no other check about it would make sense.
   */
  static boolean check(TypeElement type, ValidationReport report) {
    String kind = nonClassKind(type.getKind());
    if (kind != null) {
      report.error(DiagnosticId.NOT_A_CLASS,
          "@GlobalModule must be on a class, but " + type.getSimpleName() + " is " + kind
              + "; put @GlobalModule on a public class that implements the listener interfaces",
          Location.of(type));
      return false;
    }
    switch (type.getNestingKind()) {
      case LOCAL, ANONYMOUS -> {
        // javac never hands these to processors (LocalModuleScanner finds them); other compilers may.
        report.error(DiagnosticId.LOCAL_CLASS, LocalModuleScanner.message(type.getSimpleName()), Location.of(type));
        return true;
      }
      case MEMBER -> checkNesting(type, report);
      case TOP_LEVEL -> { }
    }
    if (type.getModifiers().contains(Modifier.ABSTRACT)) {
      report.error(DiagnosticId.ABSTRACT_CLASS,
          "module class " + type.getSimpleName() + " is abstract, so jiis cannot create it; remove 'abstract'"
              + " or put @GlobalModule on a concrete subclass",
          Location.of(type));
    }
    if (!type.getModifiers().contains(Modifier.PUBLIC)) {
      report.error(DiagnosticId.NOT_PUBLIC,
          "module class " + type.getSimpleName() + " is not public; declare it 'public class "
              + type.getSimpleName() + "'",
          Location.of(type));
    }
    if (!type.getTypeParameters().isEmpty()) {
      TypeParameterElement first = type.getTypeParameters().get(0);
      report.error(DiagnosticId.GENERIC_CLASS,
          "module class " + type.getSimpleName() + " declares type parameter " + first.getSimpleName()
              + ", but jiis creates the module without type arguments; remove the type parameters",
          Location.of(first));
    }
    return true;
  }

  private static void checkNesting(TypeElement type, ValidationReport report) {
    Element outer = type.getEnclosingElement();
    if (!type.getModifiers().contains(Modifier.STATIC)) {
      report.error(DiagnosticId.INNER_CLASS,
          "module class " + type.getSimpleName() + " is an inner class of " + outer.getSimpleName()
              + ", so it cannot be created without an instance of " + outer.getSimpleName()
              + "; declare it 'static' or move it to its own file",
          Location.of(type));
    }
    for (Element enclosing = outer; enclosing instanceof TypeElement; enclosing = enclosing.getEnclosingElement()) {
      if (!enclosing.getModifiers().contains(Modifier.PUBLIC)) {
        report.error(DiagnosticId.NOT_PUBLIC,
            enclosing.getSimpleName() + ", which encloses module class " + type.getSimpleName()
                + ", is not public; declare " + enclosing.getSimpleName() + " public or move "
                + type.getSimpleName() + " to its own file",
            Location.of(enclosing));
      }
    }
  }

  /** "an interface", "an enum" ... for the kinds that are not classes; null for a class. */
  private static String nonClassKind(ElementKind kind) {
    return switch (kind) {
      case CLASS -> null;
      case INTERFACE -> "an interface";
      case ENUM -> "an enum";
      case RECORD -> "a record";
      case ANNOTATION_TYPE -> "an annotation type";
      default -> "a " + kind.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    };
  }
}
