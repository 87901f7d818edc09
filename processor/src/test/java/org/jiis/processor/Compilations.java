package org.jiis.processor;

import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.JavaFileObject;
import org.jiis.processor.model.ModuleModel;

/** Compiles test sources with the processor (and the runtime, from the test class path). */
final class Compilations {

  /** A compilation and the modules the processor generated code for (known even when it failed). */
  record Outcome(Compilation compilation, List<ModuleModel> generated) {}

  private Compilations() {}

  static Outcome compile(TestSource... sources) {
    List<ModuleModel> generated = new ArrayList<>();
    GlobalModuleProcessor processor = new GlobalModuleProcessor(UnaryOperator.identity(),
        real -> (model, moduleClass) -> {
          generated.add(model);
          real.generate(model, moduleClass);
        });
    return new Outcome(compileWith(processor, sources), generated);
  }

  static Compilation compileWith(Processor processor, TestSource... sources) {
    JavaFileObject[] files = Arrays.stream(sources).map(TestSource::file).toArray(JavaFileObject[]::new);
    return javac().withProcessors(processor).compile(files);
  }

  /** How many errors carry a jiis id: the processor's own errors, not javac's. */
  static long jiisErrorCount(Compilation compilation) {
    return compilation.errors().stream()
        .map(d -> d.getMessage(null))
        .filter(message -> message.startsWith("[jiis."))
        .count();
  }

  /** Every diagnostic, one per line, for failure messages. */
  static String describe(Compilation compilation) {
    StringBuilder text = new StringBuilder();
    for (Diagnostic<? extends JavaFileObject> d : compilation.diagnostics()) {
      text.append(d.getKind()).append(' ').append(d.getLineNumber()).append(':').append(d.getColumnNumber())
          .append(' ').append(d.getMessage(null)).append('\n');
    }
    return text.toString();
  }
}
