package org.jiis.processor.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.SimpleAnnotationValueVisitor14;

/**
 * The values of one {@code @GlobalModule} annotation, read from its mirror (the processor never
 * loads {@code org.jiis.GlobalModule} itself). Values javac could not resolve (a misspelt event,
 * say) are left out: javac reports those itself.
 */
final class GlobalModuleAnnotation {

  static final String TYPE_NAME = "org.jiis.GlobalModule";

  /** One entry of {@code events}, by the {@code GlobalEvent} constant name. */
  record EventEntry(String constant, AnnotationValue value) {}

  private final AnnotationMirror mirror;
  private final AnnotationValue nameValue;
  private final AnnotationValue eventsValue;
  private final boolean eventsEmpty;
  private final List<EventEntry> events;
  private final AnnotationValue priorityValue;
  private final String priority;
  private final boolean complete;

  private GlobalModuleAnnotation(
      AnnotationMirror mirror, AnnotationValue nameValue, AnnotationValue eventsValue,
      boolean eventsEmpty, List<EventEntry> events, AnnotationValue priorityValue, String priority,
      boolean complete) {
    this.mirror = mirror;
    this.nameValue = nameValue;
    this.eventsValue = eventsValue;
    this.eventsEmpty = eventsEmpty;
    this.events = events;
    this.priorityValue = priorityValue;
    this.priority = priority;
    this.complete = complete;
  }

  /** The annotation on {@code type}, or null if it has none. */
  static GlobalModuleAnnotation find(Element type) {
    for (AnnotationMirror mirror : type.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) mirror.getAnnotationType().asElement();
      if (annotationType.getQualifiedName().contentEquals(TYPE_NAME)) {
        return read(mirror);
      }
    }
    return null;
  }

  private static GlobalModuleAnnotation read(AnnotationMirror mirror) {
    AnnotationValue nameValue = null;
    AnnotationValue eventsValue = null;
    AnnotationValue priorityValue = null;
    for (Map.Entry<? extends ExecutableElement, ? extends AnnotationValue> entry :
        mirror.getElementValues().entrySet()) {
      switch (entry.getKey().getSimpleName().toString()) {
        case "name" -> nameValue = entry.getValue();
        case "events" -> eventsValue = entry.getValue();
        case "priority" -> priorityValue = entry.getValue();
        default -> { }
      }
    }
    List<EventEntry> events = new ArrayList<>();
    List<? extends AnnotationValue> entries = eventsValue == null ? null : ARRAY.visit(eventsValue);
    if (entries != null) {
      for (AnnotationValue entry : entries) {
        String constant = ENUM_CONSTANT.visit(entry);
        if (constant != null) {
          events.add(new EventEntry(constant, entry));
        }
      }
    }
    String priority = priorityValue == null ? "MEDIUM" : ENUM_CONSTANT.visit(priorityValue);
    boolean eventsEmpty = entries != null && entries.isEmpty();
    boolean complete = entries != null && events.size() == entries.size() && priority != null
        && (nameValue == null || nameValue.getValue() instanceof String);
    return new GlobalModuleAnnotation(mirror, nameValue, eventsValue, eventsEmpty, events, priorityValue, priority, complete);
  }

  AnnotationMirror mirror() {
    return mirror;
  }

  /** The explicit {@code name} value, or null when the default applies. */
  AnnotationValue nameValue() {
    return nameValue;
  }

  /** The explicit name, or the empty string (the default, meaning the class's simple name). */
  String name() {
    if (nameValue == null) {
      return "";
    }
    Object value = nameValue.getValue();
    return value instanceof String string ? string : "";
  }

  /** The {@code events} value, or null when missing (javac reports the missing required value). */
  AnnotationValue eventsValue() {
    return eventsValue;
  }

  /** Whether {@code events} has no entries at all, not even unresolved ones. */
  boolean eventsEmpty() {
    return eventsEmpty;
  }

  List<EventEntry> events() {
    return events;
  }

  /** The explicit {@code priority} value, or null when the default applies. */
  AnnotationValue priorityValue() {
    return priorityValue;
  }

  /** The {@code Priority} constant name, or null when javac could not resolve it. */
  String priority() {
    return priority;
  }

  /**
   * Whether javac resolved every value. When it did not, it reports the problem itself and the
   * module must not be generated.
   */
  boolean complete() {
    return complete;
  }

  private static final SimpleAnnotationValueVisitor14<List<? extends AnnotationValue>, Void> ARRAY =
      new SimpleAnnotationValueVisitor14<>(null) {
        @Override
        public List<? extends AnnotationValue> visitArray(List<? extends AnnotationValue> values, Void unused) {
          return values;
        }
      };

  private static final SimpleAnnotationValueVisitor14<String, Void> ENUM_CONSTANT =
      new SimpleAnnotationValueVisitor14<>(null) {
        @Override
        public String visitEnumConstant(VariableElement constant, Void unused) {
          return constant.getSimpleName().toString();
        }
      };
}
