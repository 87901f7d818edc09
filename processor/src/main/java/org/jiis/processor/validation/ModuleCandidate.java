package org.jiis.processor.validation;

import java.util.Optional;
import javax.lang.model.element.TypeElement;
import org.jiis.processor.model.ModuleModel;

/**
 * One {@code @GlobalModule} class after validation: its errors so far and, when it has none, its
 * model. Checks across modules ({@link ModuleNames}) may still add errors.
 */
public final class ModuleCandidate {

  private final TypeElement type;
  private final ValidationReport report;
  private final GlobalModuleAnnotation annotation;
  private final String moduleName;
  private final ModuleModel model;

  ModuleCandidate(
      TypeElement type, ValidationReport report, GlobalModuleAnnotation annotation, String moduleName,
      ModuleModel model) {
    this.type = type;
    this.report = report;
    this.annotation = annotation;
    this.moduleName = moduleName;
    this.model = model;
  }

  /** The annotated class: the originating element of everything generated for it. */
  public TypeElement type() {
    return type;
  }

  public ValidationReport report() {
    return report;
  }

  /** The module's name if it is valid (even when other checks failed), else null. */
  String moduleName() {
    return moduleName;
  }

  GlobalModuleAnnotation annotation() {
    return annotation;
  }

  /** The model to generate from: present only if the module is entirely valid. */
  public Optional<ModuleModel> model() {
    return report.isClean() ? Optional.ofNullable(model) : Optional.empty();
  }
}
