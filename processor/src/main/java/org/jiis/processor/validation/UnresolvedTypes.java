package org.jiis.processor.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;

/**
 * Whether a module class depends on a type javac cannot resolve yet, typically one that another
 * processor generates in a later round: a supertype (the listener interfaces may be reached through
 * it) or a constructor's parameter or exception type. Such a class is validated in a later round.
 */
public final class UnresolvedTypes {

  private UnresolvedTypes() {}

  public static boolean in(TypeElement type) {
    for (ExecutableElement constructor : ElementFilter.constructorsIn(type.getEnclosedElements())) {
      for (VariableElement parameter : constructor.getParameters()) {
        if (parameter.asType().getKind() == TypeKind.ERROR) {
          return true;
        }
      }
      for (TypeMirror thrown : constructor.getThrownTypes()) {
        if (thrown.getKind() == TypeKind.ERROR) {
          return true;
        }
      }
    }
    return inSupertypes(type);
  }

  /** Walks the declared supertypes: javac keeps unresolved ones there as error types. */
  private static boolean inSupertypes(TypeElement start) {
    Deque<TypeElement> pending = new ArrayDeque<>();
    Set<TypeElement> seen = new HashSet<>();
    pending.add(start);
    while (!pending.isEmpty()) {
      TypeElement type = pending.remove();
      List<TypeMirror> supertypes = new ArrayList<>(type.getInterfaces());
      supertypes.add(type.getSuperclass());
      for (TypeMirror supertype : supertypes) {
        if (supertype.getKind() == TypeKind.ERROR) {
          return true;
        }
        if (supertype.getKind() == TypeKind.DECLARED) {
          TypeElement element = (TypeElement) ((DeclaredType) supertype).asElement();
          if (seen.add(element)) {
            pending.add(element);
          }
        }
      }
    }
    return false;
  }
}
