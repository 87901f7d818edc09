package org.jiis.bench.tools;

import java.nio.file.Path;
import java.util.List;
import org.jiis.processor.generation.ModuleGenerator;
import org.jiis.processor.generation.ModuleOutput;
import org.jiis.processor.generation.ModuleWriter;
import org.jiis.processor.generation.build.RuntimeSources;
import org.jiis.processor.model.ConstructorKind;
import org.jiis.processor.model.EventKind;
import org.jiis.processor.model.ModuleModel;
import org.jiis.processor.model.PriorityKind;

/**
 * Times generating one module's full output in process, as the processor does for each module:
 * {@code ModuleGenerator.generate} (dispatcher, natives class, C++ sources, runtime copy, build
 * files) and {@code ModuleWriter.write} to disk. The first module of a JVM (cold: class loading,
 * reading the runtime sources from the processor jar, no JIT) is reported apart from the warm
 * median, the cost of each further module.
 *
 * <p>Run with the processor jar on the class path: {@code --work <dir> --out <file>
 * [--iterations 300]}
 */
public final class GenerationBench {

  private static final ModuleModel MODEL = new ModuleModel(
      "TokenCacheAudit",
      "org.jiis.examples.tokencache",
      List.of("TokenCacheAudit"),
      List.of(EventKind.CACHE_OPERATION, EventKind.CACHE_CLEANUP),
      PriorityKind.FIRST,
      ConstructorKind.MODULE_CONTEXT);

  private GenerationBench() {}

  public static void main(String[] args) throws Exception {
    Arguments arguments = new Arguments(args);
    Path work = arguments.path("work");
    int iterations = arguments.number("iterations", 300);
    ProcessorBench.deleteTree(work);

    long start = System.nanoTime();
    ModuleGenerator generator = new ModuleGenerator(RuntimeSources.fromProcessorJar());
    int files = generateAndWrite(generator, work.resolve("cold"));
    double coldMs = (System.nanoTime() - start) / 1e6;

    Samples generateOnly = new Samples();
    Samples full = new Samples();
    for (int i = 0; i < iterations; i++) {
      long begin = System.nanoTime();
      generator.generate(MODEL);
      generateOnly.add((System.nanoTime() - begin) / 1e6);
    }
    for (int i = 0; i < iterations; i++) {
      long begin = System.nanoTime();
      generateAndWrite(generator, work.resolve("warm-" + (i % 4)));
      full.add((System.nanoTime() - begin) / 1e6);
    }

    new ResultWriter()
        .put("generation.files", files)
        .put("generation.cold_ms", coldMs)
        .put("generation.iterations", iterations)
        .put("generation.generate_ms", generateOnly.median())
        .put("generation.full_ms", full.median())
        .put("generation.full_ms.min", full.min())
        .put("generation.full_ms.max", full.max())
        .writeTo(arguments.path("out"));
  }

  /** Generates the module and writes everything; returns the number of files written. */
  private static int generateAndWrite(ModuleGenerator generator, Path directory) throws Exception {
    ModuleOutput output = generator.generate(MODEL);
    new ModuleWriter(new DirectoryFiler(directory.resolve("java")), directory.resolve("native"))
        .write(MODEL, output, null);
    return output.javaFiles().size() + output.nativeFiles().size();
  }
}
