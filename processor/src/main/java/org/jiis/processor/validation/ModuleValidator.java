package org.jiis.processor.validation;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import org.jiis.processor.model.ConstructorKind;
import org.jiis.processor.model.EventKind;
import org.jiis.processor.model.ModuleModel;
import org.jiis.processor.model.PriorityKind;

/** Validates one {@code @GlobalModule} class on its own, reporting every rule it breaks. */
public final class ModuleValidator {

  private final Elements elements;
  private final SourceTrees trees;
  private final ConstructorRules constructorRules;
  private final EventRules eventRules;

  public ModuleValidator(Elements elements, Types types, SourceTrees trees) {
    this.elements = elements;
    this.trees = trees;
    this.constructorRules = new ConstructorRules(elements, types);
    this.eventRules = new EventRules(elements, types);
  }

  public ModuleCandidate validate(TypeElement type) {
    ValidationReport report = new ValidationReport();
    GlobalModuleAnnotation annotation = GlobalModuleAnnotation.find(type);
    if (annotation == null) {
      throw new IllegalStateException(type + " was reported as annotated but has no @GlobalModule mirror");
    }
    if (!ClassShapeRules.check(type, report)) {
      return new ModuleCandidate(type, report, annotation, null, null);
    }
    ConstructorKind constructor = constructorRules.check(type, report);
    List<EventKind> events = eventRules.check(type, annotation, report);
    String name = NameRules.check(type, annotation, report);
    if (name != null) {
      checkDispatcherName(type, annotation, name, report);
    }
    PriorityKind priority = priority(type, annotation, report);
    ModuleModel model = null;
    if (report.isClean() && annotation.complete() && constructor != null && events != null && priority != null) {
      model = new ModuleModel(name, packageName(type), simpleNames(type), events, priority, constructor);
    }
    return new ModuleCandidate(type, report, annotation, name, model);
  }

  /**
   * The dispatcher may not replace a type of the compiled sources. A same-named type that is only a
   * class file (typically the dispatcher of a previous build, left in the output directory) is no
   * clash: the new source replaces it.
   */
  private void checkDispatcherName(
      TypeElement type, GlobalModuleAnnotation annotation, String name, ValidationReport report) {
    String packageName = packageName(type);
    String dispatcher = (packageName.isEmpty() ? "" : packageName + ".") + name + "Dispatcher";
    TypeElement existing = elements.getTypeElement(dispatcher);
    if (existing != null && (existing.equals(type) || trees.isInSources(existing))) {
      report.error(DiagnosticId.DISPATCHER_CLASH,
          "jiis generates " + dispatcher + " for module " + name + ", but the sources already declare "
              + existing.getQualifiedName() + "; rename that type or choose another module name",
          NameRules.nameLocation(type, annotation));
    }
  }

  private static PriorityKind priority(TypeElement type, GlobalModuleAnnotation annotation, ValidationReport report) {
    if (annotation.priority() == null) {
      return null; // javac reports the unresolved value
    }
    for (PriorityKind kind : PriorityKind.values()) {
      if (kind.name().equals(annotation.priority())) {
        return kind;
      }
    }
    report.error(DiagnosticId.VERSION_MISMATCH,
        "this jiis processor does not know Priority." + annotation.priority()
            + "; use jiis-processor and jiis-runtime of the same version",
        Location.of(type, annotation.mirror(), annotation.priorityValue()));
    return null;
  }

  private String packageName(TypeElement type) {
    PackageElement pkg = elements.getPackageOf(type);
    return pkg.isUnnamed() ? "" : pkg.getQualifiedName().toString();
  }

  /** The simple names from the top-level class down to {@code type}. */
  private static List<String> simpleNames(TypeElement type) {
    List<String> names = new ArrayList<>();
    for (Element e = type; e instanceof TypeElement; e = e.getEnclosingElement()) {
      names.add(0, e.getSimpleName().toString());
    }
    return names;
  }
}
