package org.jiis.processor.validation;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jiis.processor.model.EventKind;
import org.jiis.processor.validation.GlobalModuleAnnotation.EventEntry;

/**
 * The {@code events} rules: at least one event, each once, each one this processor knows, and the
 * class implements exactly the listener interfaces of the listed events.
 */
final class EventRules {

  private final Elements elements;
  private final Types types;

  EventRules(Elements elements, Types types) {
    this.elements = elements;
    this.types = types;
  }

  /** The listed events in declaration order, or null after reporting why they are not valid. */
  List<EventKind> check(TypeElement type, GlobalModuleAnnotation annotation, ValidationReport report) {
    if (annotation.eventsValue() == null) {
      return null; // javac reports the missing required value
    }
    Location eventsLocation = Location.of(type, annotation.mirror(), annotation.eventsValue());
    if (annotation.eventsEmpty()) {
      report.error(DiagnosticId.NO_EVENTS,
          "events is empty, so IIS would never call module class " + type.getSimpleName()
              + "; list at least one GlobalEvent",
          eventsLocation);
      return null;
    }
    boolean valid = true;
    Set<EventKind> listed = EnumSet.noneOf(EventKind.class);
    List<EventKind> events = new ArrayList<>();
    for (EventEntry entry : annotation.events()) {
      Location at = Location.of(type, annotation.mirror(), entry.value());
      EventKind event = EventKind.forName(entry.constant());
      if (event == null) {
        report.error(DiagnosticId.VERSION_MISMATCH,
            "this jiis processor does not know GlobalEvent." + entry.constant()
                + "; use jiis-processor and jiis-runtime of the same version",
            at);
        valid = false;
      } else if (!listed.add(event)) {
        report.error(DiagnosticId.DUPLICATE_EVENT,
            event.name() + " is already listed in events; remove this entry", at);
        valid = false;
      } else {
        valid &= checkImplemented(type, event, at, report);
        events.add(event);
      }
    }
    for (EventKind event : EventKind.values()) {
      if (!listed.contains(event) && implementsListener(type, event)) {
        String listener = simpleName(event.listenerInterface());
        report.error(DiagnosticId.UNLISTED_LISTENER,
            type.getSimpleName() + " implements " + event.listenerInterface() + " but events does not list "
                + event.name() + ", so IIS would never call " + event.listenerMethod() + "; add "
                + event.name() + " to events or stop implementing " + listener,
            eventsLocation);
        valid = false;
      }
    }
    return valid ? events : null;
  }

  private boolean checkImplemented(TypeElement type, EventKind event, Location at, ValidationReport report) {
    TypeElement listener = elements.getTypeElement(event.listenerInterface());
    if (listener == null) {
      report.error(DiagnosticId.VERSION_MISMATCH,
          event.listenerInterface() + ", the listener interface of " + event.name()
              + ", is not on the class path; use jiis-processor and jiis-runtime of the same version",
          at);
      return false;
    }
    if (!isSubtype(type, listener)) {
      String simpleName = simpleName(event.listenerInterface());
      report.error(DiagnosticId.MISSING_LISTENER,
          "events lists " + event.name() + " but " + type.getSimpleName() + " does not implement "
              + event.listenerInterface() + "; add 'implements " + simpleName + "' to "
              + type.getSimpleName() + " or remove " + event.name() + " from events",
          at);
      return false;
    }
    return true;
  }

  private boolean implementsListener(TypeElement type, EventKind event) {
    TypeElement listener = elements.getTypeElement(event.listenerInterface());
    return listener != null && isSubtype(type, listener);
  }

  private boolean isSubtype(TypeElement type, TypeElement listener) {
    TypeMirror erased = types.erasure(type.asType());
    return types.isSubtype(erased, types.erasure(listener.asType()));
  }

  private static String simpleName(String canonicalName) {
    return canonicalName.substring(canonicalName.lastIndexOf('.') + 1);
  }

}
