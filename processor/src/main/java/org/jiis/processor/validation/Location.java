package org.jiis.processor.validation;

import com.sun.source.tree.CompilationUnitTree;
import com.sun.source.tree.Tree;
import com.sun.source.util.Trees;
import javax.annotation.processing.Messager;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.tools.Diagnostic;

/** Where a diagnostic points: as precisely as the compiler lets us say it. */
public sealed interface Location {

  /** Prints {@code message} at this location. */
  void print(Diagnostic.Kind kind, String message, Messager messager);

  /** The element itself, for example a class or a constructor. */
  static Location of(Element element) {
    return new OnElement(element, null, null);
  }

  /** An annotation on the element. */
  static Location of(Element element, AnnotationMirror annotation) {
    return new OnElement(element, annotation, null);
  }

  /** One value inside an annotation on the element, down to a single array entry. */
  static Location of(Element element, AnnotationMirror annotation, AnnotationValue value) {
    return new OnElement(element, annotation, value);
  }

  /**
   * A syntax tree with no element: javac gives processors no elements for classes declared in
   * method bodies.
   */
  static Location of(Trees trees, Tree tree, CompilationUnitTree unit) {
    return new OnTree(trees, tree, unit);
  }

  /** No particular place: for a failure not tied to any code. */
  static Location nowhere() {
    return new Nowhere();
  }

  record OnElement(Element element, AnnotationMirror annotation, AnnotationValue value)
      implements Location {
    @Override
    public void print(Diagnostic.Kind kind, String message, Messager messager) {
      if (value != null) {
        messager.printMessage(kind, message, element, annotation, value);
      } else if (annotation != null) {
        messager.printMessage(kind, message, element, annotation);
      } else {
        messager.printMessage(kind, message, element);
      }
    }
  }

  record OnTree(Trees trees, Tree tree, CompilationUnitTree unit) implements Location {
    @Override
    public void print(Diagnostic.Kind kind, String message, Messager messager) {
      trees.printMessage(kind, message, tree, unit);
    }
  }

  record Nowhere() implements Location {
    @Override
    public void print(Diagnostic.Kind kind, String message, Messager messager) {
      messager.printMessage(kind, message);
    }
  }
}
