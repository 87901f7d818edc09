package org.jiis.processor;

import com.google.auto.service.AutoService;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import java.nio.file.Path;
import org.jiis.processor.generation.ModuleGenerator;
import org.jiis.processor.generation.ModuleWriter;
import org.jiis.processor.generation.build.RuntimeSources;
import org.jiis.processor.model.ModuleModel;
import org.jiis.processor.validation.LocalModuleScanner;
import org.jiis.processor.validation.ModuleCandidate;
import org.jiis.processor.validation.ModuleNames;
import org.jiis.processor.validation.ModuleValidator;
import org.jiis.processor.validation.SourceTrees;
import org.jiis.processor.validation.UnresolvedTypes;
import org.jiis.processor.validation.ValidationReport;

/**
 * Validates every {@code @org.jiis.GlobalModule} class and generates its module: the Java
 * dispatcher and natives class, and the native build (C++ sources, the runtime, build files). Each round
 * first validates every module into a model or errors, reports all errors of the round together,
 * then generates from the models of the valid modules only. A module class that depends on a type
 * not generated yet is validated in a later round.
 *
 * <p>Isolating for Gradle: each generated file has exactly one originating element, the module
 * class it was generated from.
 */
@AutoService(Processor.class)
public final class GlobalModuleProcessor extends AbstractProcessor {

  static final String ANNOTATION = "org.jiis.GlobalModule";

  /**
   * A folder for the native build of each module ({@code <folder>/<Name>/}), instead of
   * {@code jiis/<Name>/} under the generated-sources output.
   */
  static final String NATIVE_DIR_OPTION = "jiis.nativeDir";

  /** The validation step for one module class. */
  @FunctionalInterface
  interface Validator {
    ModuleCandidate validate(TypeElement moduleClass);
  }

  /** The generation step for one valid module. */
  @FunctionalInterface
  interface Generator {
    void generate(ModuleModel model, TypeElement moduleClass) throws Exception;
  }

  private final UnaryOperator<Validator> validatorDecorator;
  private final UnaryOperator<Generator> generatorDecorator;
  private final ModuleNames names = new ModuleNames();
  /** Module classes waiting for a type another processor has yet to generate, by canonical name. */
  private final Set<String> deferred = new LinkedHashSet<>();
  private SourceTrees trees;
  private Validator validator;
  private Generator generator;
  private ModuleWriter writer;
  private ModuleGenerator moduleGenerator;

  public GlobalModuleProcessor() {
    this(UnaryOperator.identity(), UnaryOperator.identity());
  }

  /** For tests: wraps the real steps, to observe them or to make them fail. */
  GlobalModuleProcessor(UnaryOperator<Validator> validatorDecorator, UnaryOperator<Generator> generatorDecorator) {
    this.validatorDecorator = validatorDecorator;
    this.generatorDecorator = generatorDecorator;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    trees = SourceTrees.of(environment);
    ModuleValidator moduleValidator =
        new ModuleValidator(environment.getElementUtils(), environment.getTypeUtils(), trees);
    validator = validatorDecorator.apply(moduleValidator::validate);
    String nativeDir = environment.getOptions().get(NATIVE_DIR_OPTION);
    writer = new ModuleWriter(
        environment.getFiler(), nativeDir == null || nativeDir.isBlank() ? null : Path.of(nativeDir));
    generator = generatorDecorator.apply(this::generateModule);
  }

  /** Generates the whole module in memory, then writes it: nothing is half-written on failure. */
  private void generateModule(ModuleModel model, TypeElement moduleClass) throws Exception {
    if (moduleGenerator == null) {
      // Read from the processor jar once, for the first module of the compilation.
      moduleGenerator = new ModuleGenerator(RuntimeSources.fromProcessorJar());
    }
    writer.write(model, moduleGenerator.generate(model), moduleClass);
  }

  /**
   * All annotations, although only {@code @GlobalModule} matters: javac runs a processor only in a
   * compilation where one of its annotations is present on a declaration it hands to processors,
   * and it never hands them classes declared in bodies. Supporting only {@code @GlobalModule} would
   * silently ignore a module declared as a local class. {@link #process} never claims anything,
   * so other processors still see every annotation.
   */
  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Set.of("*");
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Set.of(NATIVE_DIR_OPTION);
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      processRound(round);
    } catch (RuntimeException | Error e) {
      InternalErrors.report(null, "processing a round", e).printTo(processingEnv.getMessager());
    }
    return false;
  }

  private void processRound(RoundEnvironment round) {
    TypeElement annotation = processingEnv.getElementUtils().getTypeElement(ANNOTATION);
    if (annotation == null) {
      return; // jiis-runtime is not on the class path: nothing can be a module
    }
    List<ValidationReport> reports = new ArrayList<>();
    List<ModuleCandidate> candidates = validateModules(annotation, round, reports);
    findLocalModules(round, reports);
    for (ValidationReport report : reports) {
      report.printTo(processingEnv.getMessager());
    }
    for (ModuleCandidate candidate : candidates) {
      candidate.model().ifPresent(model -> generate(model, candidate.type()));
    }
  }

  private List<ModuleCandidate> validateModules(
      TypeElement annotation, RoundEnvironment round, List<ValidationReport> reports) {
    List<ModuleCandidate> candidates = new ArrayList<>();
    for (TypeElement type : modulesToValidate(annotation, round)) {
      try {
        if (UnresolvedTypes.in(type)) {
          if (!round.processingOver()) {
            deferred.add(type.getQualifiedName().toString());
          }
          // In the last round javac reports the type that never appeared; nothing to add.
          continue;
        }
        ModuleCandidate candidate = validator.validate(type);
        names.claim(candidate);
        candidates.add(candidate);
        reports.add(candidate.report());
      } catch (RuntimeException | Error e) {
        reports.add(InternalErrors.report(type, "validating", e));
      }
    }
    return candidates;
  }

  /** This round's module classes, and those deferred by earlier rounds (looked up afresh). */
  private Set<TypeElement> modulesToValidate(TypeElement annotation, RoundEnvironment round) {
    Set<TypeElement> modules = new LinkedHashSet<>();
    for (String name : deferred) {
      TypeElement type = processingEnv.getElementUtils().getTypeElement(name);
      if (type != null) {
        modules.add(type);
      }
    }
    deferred.clear();
    // Only types: javac itself rejects @GlobalModule anywhere else.
    modules.addAll(ElementFilter.typesIn(round.getElementsAnnotatedWith(annotation)));
    return modules;
  }

  private void findLocalModules(RoundEnvironment round, List<ValidationReport> reports) {
    LocalModuleScanner scanner = new LocalModuleScanner(trees);
    for (Element root : round.getRootElements()) {
      ValidationReport report = new ValidationReport();
      try {
        scanner.scan(root, report);
      } catch (RuntimeException | Error e) {
        report = InternalErrors.report(root, "looking for local classes in", e);
      }
      reports.add(report);
    }
  }

  private void generate(ModuleModel model, TypeElement moduleClass) {
    try {
      generator.generate(model, moduleClass);
    } catch (Exception | Error e) {
      InternalErrors.report(moduleClass, "generating the module of", e).printTo(processingEnv.getMessager());
    }
  }
}
