package org.jiis.bench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Times plain {@code javac} on 2,000 ordinary classes plus one jiis module: with the jiis processor
 * jar on {@code -processorpath}, with {@code -proc:none}, and (given {@code --reference}) with a
 * processor that does nothing, for what running any processor costs. Each round compiles once in
 * every configuration, rotating which goes first; each compilation is a fresh {@code javac}
 * process, as in a build, timed by the wall clock and by its CPU time.
 *
 * <p>{@code --javac <javac> --processor <jar> --runtime <jar> --work <dir> --out <file>
 * [--reference <jar>] [--classes 2000] [--rounds 5]}
 */
public final class ProcessorBench {

  private ProcessorBench() {}

  public static void main(String[] args) throws Exception {
    Arguments arguments = new Arguments(args);
    Path javac = arguments.path("javac");
    String runtime = arguments.text("runtime");
    Path work = arguments.path("work");
    int classes = arguments.number("classes", 2000);
    int rounds = arguments.number("rounds", 5);

    deleteTree(work);
    List<Path> sources = OrdinarySources.write(work.resolve("sources"), classes);
    Path argumentFile = work.resolve("sources.txt");
    Files.write(argumentFile, sources.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);

    Compilation jiis = new Compilation("with", javac, work.resolve("with-processor"),
        List.of("-processorpath", arguments.text("processor"), "-cp", runtime), argumentFile);
    Compilation none = new Compilation("none", javac, work.resolve("proc-none"),
        List.of("-proc:none", "-cp", runtime), argumentFile);
    List<Compilation> compilations = new ArrayList<>(List.of(jiis, none));
    if (arguments.has("reference")) {
      compilations.add(new Compilation("reference", javac, work.resolve("reference-processor"),
          List.of("-processorpath", arguments.text("reference"), "-cp", runtime), argumentFile));
    }

    for (int round = 0; round < rounds; round++) {
      for (int i = 0; i < compilations.size(); i++) {
        Compilation compilation = compilations.get((round + i) % compilations.size());
        compilation.run();
        System.err.printf("processor bench: round %d of %d: %-9s %6.0f ms wall, %6.0f ms CPU%n",
            round + 1, rounds, compilation.name(), compilation.wall.last(), compilation.cpu.last());
      }
    }
    checkGenerated(jiis.generatedSources());

    ResultWriter results = new ResultWriter()
        .put("processor.classes", classes)
        .put("processor.rounds", rounds);
    for (Compilation compilation : compilations) {
      results.put("processor." + compilation.name() + ".wall_ms", compilation.wall)
          .put("processor." + compilation.name() + ".cpu_ms", compilation.cpu);
    }
    results.put("processor.ratio.wall", jiis.wall.median() / none.wall.median())
        .put("processor.ratio.cpu", jiis.cpu.median() / none.cpu.median())
        .writeTo(arguments.path("out"));
  }

  /** The processor must really have generated the module, or its time says nothing. */
  private static void checkGenerated(Path generated) {
    String name = OrdinarySources.MODULE_NAME;
    Path dispatcher = generated.resolve("bench/app/module/" + name + "Dispatcher.java");
    Path nativeModule = generated.resolve("jiis/" + name + "/" + name + "Module.cpp");
    if (!Files.isRegularFile(dispatcher) || !Files.isRegularFile(nativeModule)) {
      throw new IllegalStateException("the processor generated no module (expected " + dispatcher
          + " and " + nativeModule + ")");
    }
  }

  /** One javac configuration and its timings; each run starts from empty output folders. */
  private static final class Compilation {
    final String name;
    final Path javac;
    final Path output;
    final List<String> options;
    final Path argumentFile;
    final Samples wall = new Samples();
    final Samples cpu = new Samples();

    Compilation(String name, Path javac, Path output, List<String> options, Path argumentFile) {
      this.name = name;
      this.javac = javac;
      this.output = output;
      this.options = options;
      this.argumentFile = argumentFile;
    }

    String name() {
      return name;
    }

    Path generatedSources() {
      return output.resolve("generated");
    }

    void run() throws IOException, InterruptedException {
      deleteTree(output);
      Path classes = output.resolve("classes");
      Files.createDirectories(classes);
      Files.createDirectories(generatedSources());
      List<String> command = new ArrayList<>();
      command.add(javac.toString());
      command.addAll(options);
      command.addAll(List.of("-encoding", "UTF-8", "-d", classes.toString(),
          "-s", generatedSources().toString(), "@" + argumentFile));
      Path log = output.resolve("javac.log");
      double cpuBefore = ChildCpuTime.millis();
      long start = System.nanoTime();
      Process process = new ProcessBuilder(command).redirectErrorStream(true)
          .redirectOutput(log.toFile()).start();
      int exit = process.waitFor();
      double wallMillis = (System.nanoTime() - start) / 1e6;
      double cpuMillis = ChildCpuTime.millis() - cpuBefore;
      if (exit != 0) {
        throw new IllegalStateException(String.join(" ", command) + " failed with exit code " + exit
            + ":\n" + Files.readString(log));
      }
      wall.add(wallMillis);
      cpu.add(cpuMillis);
    }
  }

  static void deleteTree(Path root) throws IOException {
    if (!Files.exists(root)) {
      return;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    }
  }
}
