package org.jiis.bench.tools;

import static org.jiis.bench.tools.Markdown.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Writes {@code bench/RESULTS.md} from the results folder of one run of {@code run-benchmarks.sh}
 * and prints the summary: every figure, the ratios, and each target met or missed.
 *
 * <p>The per-event figures come from up to two passes: the main JDK's ({@code events.*}, the
 * targets are judged on it) and, unless the run skipped it, a second JDK's with JNI upcalls
 * ({@code jni.events.*}).
 *
 * <p>{@code --results <folder> --out <RESULTS.md>}
 */
public final class ResultsReport {

  private static final double DISPATCH_RATIO_TARGET = 2.0;
  private static final double NAIVE_RATIO_TARGET = 100;
  private static final double HEAP_BYTES_TARGET = 1;
  private static final double START_MS_TARGET = 150;
  private static final double COMPILE_RATIO_TARGET = 1.10;
  private static final double GENERATION_MS_TARGET = 50;
  /** The first Java release whose foreign function API is final. */
  private static final int FOREIGN_RELEASE = 22;
  private static final int[] THREADS = {1, 2};

  /** The per-event cases, in the order the benchmark runs them. */
  private enum Case {
    A("a", "empty C++ virtual call (the floor of dispatch)"),
    B("b", "bare JNI upcall: `CallStaticVoidMethod`, cached ids, attached thread, empty static method"),
    B2("b2", "the same upcall to `static int pass(long) { return 0; }`: a method HotSpot must enter"),
    C("c", "naive bridge: attach, `FindClass`, `GetStaticMethodID`, call, detach per event"),
    D("d", "jiis: `OnGlobalCacheOperation` of the generated module, handler returns CONTINUE"),
    E("e", "jiis: handler reads `record()` as `TokenEntry` and `sid().toString()`");

    final String key;
    final String description;

    Case(String key, String description) {
      this.key = key;
      this.description = description;
    }
  }

  /** How a target fared: judged and met or missed, or shown for comparison only. */
  private enum Status {
    MET, MISSED, NOT_JUDGED
  }

  /** One target of the issue and how this run fared. */
  private record Target(String name, String figure, Status status, String verdict) {

    boolean met() {
      return status == Status.MET;
    }

    boolean dispatch() {
      return name.startsWith("d/b");
    }
  }

  /** The per-event figures of one JDK: the main pass (no prefix) or the JNI pass ({@code jni.}). */
  private final class Pass {

    final String prefix;

    Pass(String prefix) {
      this.prefix = prefix;
    }

    double wall(Case c, int threads) {
      return results.number(format("%sevents.%s.threads%d.wall_ns.median", prefix, c.key, threads));
    }

    double cpu(Case c, int threads) {
      return results.number(format("%sevents.%s.threads%d.cpu_ns.median", prefix, c.key, threads));
    }

    double ratio(String name, int threads) {
      return results.number(format("%sevents.ratio.%s.threads%d.wall", prefix, name, threads));
    }

    double cpuRatio(String name, int threads) {
      return results.number(format("%sevents.ratio.%s.threads%d.cpu", prefix, name, threads));
    }

    String text(String key) {
      return results.text(prefix + key);
    }

    double number(String key) {
      return results.number(prefix + key);
    }

    int feature() {
      return Integer.parseInt(text("events.java_feature"));
    }

    /** "Java 25". */
    String java() {
      return "Java " + feature();
    }

    /** How jiis's events entered Java, as its start log entry said. */
    String upcalls() {
      return text("events.upcalls");
    }

    boolean foreign() {
      return upcalls().startsWith("foreign");
    }

    /** "foreign-function upcalls" or "JNI upcalls". */
    String path() {
      return foreign() ? "foreign-function upcalls" : upcalls().startsWith("JNI") ? "JNI upcalls" : upcalls();
    }

    /** "Java 25 (foreign-function upcalls)". */
    String label() {
      return java() + " (" + path() + ")";
    }

    /** This pass's perf profile of a case, or null. */
    String profile(String key) throws IOException {
      return results.file("profile-" + (prefix.isEmpty() ? "" : "jni-") + key + ".txt");
    }
  }

  private final Results results;
  private final Pass main;
  /** The JNI pass, or null when the run skipped it. */
  private final Pass jni;

  private ResultsReport(Results results) {
    this.results = results;
    this.main = new Pass("");
    this.jni = results.has("jni.events.rounds") ? new Pass("jni.") : null;
  }

  public static void main(String[] args) throws IOException {
    Arguments arguments = new Arguments(args);
    ResultsReport report = new ResultsReport(Results.load(arguments.path("results")));
    List<Target> targets = report.targets();
    Files.writeString(arguments.path("out"), report.markdown(targets), StandardCharsets.UTF_8);
    report.printSummary(targets);
  }

  // ---- targets ----

  private List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (int threads : THREADS) {
      targets.add(dispatchTarget(main, threads));
    }
    if (jni != null) {
      for (int threads : THREADS) {
        targets.add(dispatchTarget(jni, threads));
      }
    }
    for (int threads : THREADS) {
      double worst = Math.min(main.ratio("c_over_d", threads), main.cpuRatio("c_over_d", threads));
      boolean met = worst >= NAIVE_RATIO_TARGET;
      targets.add(new Target(format("c/d ≥ %.0f, %d thread(s)", NAIVE_RATIO_TARGET, threads),
          format("wall %.0f; CPU %.0f", main.ratio("c_over_d", threads), main.cpuRatio("c_over_d", threads)),
          met ? Status.MET : Status.MISSED,
          met ? "met" : format("%.0f%% short", 100 * (1 - worst / NAIVE_RATIO_TARGET))));
    }
    double heap = results.number("heap.d.bytes_per_event.max");
    targets.add(atMost(format("heap per event in (d) ≤ %.0f byte", HEAP_BYTES_TARGET),
        format("%.3f bytes (largest of %s windows of %s events)", heap,
            results.text("heap.d.bytes_per_event.samples"), results.text("heap.d.bytes_per_event.events_per_window")),
        heap, HEAP_BYTES_TARGET, ""));
    for (String configuration : List.of("plain", archive())) {
      double median = results.series("start." + configuration + ".register_ms").median();
      targets.add(atMost(format("RegisterModule to ready ≤ %.0f ms, %s", START_MS_TARGET, startLabel(configuration)),
          format("%.1f ms (median)", median), median, START_MS_TARGET, ""));
    }
    double compileRatio = results.number("processor.ratio.cpu");
    targets.add(atMost(format("javac with the processor ≤ %.2f × -proc:none (CPU time)", COMPILE_RATIO_TARGET),
        format("%.3f (%.0f ms / %.0f ms; by wall time %.3f)", compileRatio,
            results.number("processor.with.cpu_ms.median"), results.number("processor.none.cpu_ms.median"),
            results.number("processor.ratio.wall")),
        compileRatio, COMPILE_RATIO_TARGET, ""));
    double generation = results.number("generation.full_ms");
    targets.add(atMost(format("one module's full output ≤ %.0f ms (warm)", GENERATION_MS_TARGET),
        format("%.1f ms (median)", generation), generation, GENERATION_MS_TARGET, ""));
    return targets;
  }

  /** d/b of one pass; judged on the main JDK, shown for comparison on the JNI pass's. */
  private Target dispatchTarget(Pass pass, int threads) {
    double worst = Math.max(pass.ratio("d_over_b", threads), pass.cpuRatio("d_over_b", threads));
    String name = format("d/b ≤ %.1f, %d thread(s), %s", DISPATCH_RATIO_TARGET, threads, pass.label());
    String figure = format("wall %.2f (d %.1f ns, b %.1f ns); CPU %.2f (d %.1f ns, b %.1f ns)",
        pass.ratio("d_over_b", threads), pass.wall(Case.D, threads), pass.wall(Case.B, threads),
        pass.cpuRatio("d_over_b", threads), pass.cpu(Case.D, threads), pass.cpu(Case.B, threads));
    if (pass == main) {
      return atMost(name, figure, worst, DISPATCH_RATIO_TARGET,
          format("d would have to be ≤ %.1f ns (CPU)", DISPATCH_RATIO_TARGET * pass.cpu(Case.B, threads)));
    }
    String judged = format("the target is judged on the main JDK, %s", main.java());
    if (worst <= DISPATCH_RATIO_TARGET) {
      return new Target(name, figure, Status.NOT_JUDGED, "met here too; " + judged);
    }
    return new Target(name, figure, Status.NOT_JUDGED,
        format("by %.0f%%; %s; %s", 100 * (worst / DISPATCH_RATIO_TARGET - 1), jniReason(pass), judged));
  }

  /** Why a pass's events took JNI upcalls. */
  private static String jniReason(Pass pass) {
    if (pass.feature() < FOREIGN_RELEASE) {
      return format("JNI only: %s has no final foreign function API", pass.java());
    }
    return "events took " + pass.upcalls();
  }

  private static Target atMost(String name, String figure, double value, double limit, String needed) {
    if (value <= limit) {
      return new Target(name, figure, Status.MET, "met");
    }
    String by = format("by %.0f%%", 100 * (value / limit - 1));
    return new Target(name, figure, Status.MISSED, needed.isEmpty() ? by : by + "; " + needed);
  }

  // ---- start configurations ----

  /** The start configuration with an archive of the module's classes: "aot" or "cds". */
  private String archive() {
    return results.text("start.archive");
  }

  private List<String> startConfigurations() {
    return Arrays.asList(results.text("start.configurations").trim().split("\\s+"));
  }

  private String startLabel(String configuration) {
    String java = "Java " + results.text("start.java_feature");
    boolean aot = archive().equals("aot");
    switch (configuration) {
      case "plain":
        return java + (aot ? ", without an AOT cache" : ", without CDS");
      case "aot":
        return java + ", with an AOT cache (-XX:AOTCache)";
      case "cds":
        return java + ", with CDS (-XX:SharedArchiveFile)";
      case "jni_upcalls":
        return java + ", `event.upcalls = jni`" + (aot ? ", without an AOT cache" : ", without CDS");
      case "jni_jdk":
        return "Java " + results.text("start.jni_java_feature") + ", without CDS";
      default:
        return configuration;
    }
  }

  private double startMedian(String configuration) {
    return results.series("start." + configuration + ".register_ms").median();
  }

  private double checkCount(String configuration, String what) {
    return results.number("start.check." + configuration + "." + what);
  }

  // ---- the document ----

  private String markdown(List<Target> targets) throws IOException {
    Markdown md = new Markdown();
    md.heading(1, "jiis benchmark results")
        .paragraph("Written by `./run-benchmarks.sh` from one run on the machine below; every figure in"
            + " this file comes from that run. How the benchmark works and how to run it: "
            + "[README.md](README.md).");
    machine(md);
    md.heading(2, "Targets")
        .paragraph(format("Per-event targets count as met only if they hold by the wall clock and by CPU time."
            + " Every target is judged on the main JDK, %s.%s", main.java(), jni == null ? ""
                : format(" The d/b rows of %s, the second per-event pass, are there for comparison.", jni.label())));
    List<List<String>> rows = new ArrayList<>();
    for (Target target : targets) {
      rows.add(List.of(target.name(), target.figure(), result(target)));
    }
    md.table(List.of("target", "this run", "result"), rows);
    events(md);
    heap(md);
    start(md);
    processor(md, targets);
    boolean explained = misses(md, targets);
    if (!explained) {
      md.heading(2, "Where the time of an event goes");
      if (main.foreign()) {
        foreignExplanation(md, targets);
      }
      profiles(md, main, List.of("b", "b2", "d"));
    }
    method(md);
    return md.toString();
  }

  private static String result(Target target) {
    switch (target.status()) {
      case MET:
        return "**met**";
      case MISSED:
        return "**missed**: " + target.verdict();
      default:
        return target.verdict().startsWith("met") ? "met (" + target.verdict() + ")"
            : "**not met**: " + target.verdict();
    }
  }

  private void machine(Markdown md) {
    List<List<String>> rows = new ArrayList<>(List.of(
        List.of("CPU", results.text("machine.cpu")),
        List.of("cores", results.text("machine.cores")),
        List.of("JDK (main)", results.text("machine.jdk"))));
    if (jni != null && results.has("machine.jni_jdk")) {
      rows.add(List.of("JDK of the JNI pass", results.text("machine.jni_jdk")));
    }
    rows.addAll(List.of(
        List.of("OS", results.text("machine.os")),
        List.of("C++ compiler", results.text("machine.compiler") + ", CMake build type RelWithDebInfo (-O2 -g)"),
        List.of("date (UTC)", results.text("machine.date")),
        List.of("load average (1 min) at start / end", results.text("machine.load_start") + " / "
            + results.text("machine.load_end"))));
    md.table(List.of("machine", ""), rows);
  }

  private void events(Markdown md) {
    md.heading(2, "Cost per event")
        .paragraph(format("On %s, the main JDK: jiis's cases (d) and (e) enter Java through %s (jiis's start"
            + " log entry said so); (b), (b2) and (c) are JNI calls by definition. Nanoseconds per event: the"
            + " median over %s rounds (per thread: %s samples on 1 thread, %s on 2), with the range of the"
            + " samples. *wall* is the wall clock; *CPU* is the thread's CPU time, which leaves out time the"
            + " thread waited for a core that another process held (the machine is shared).",
            main.java(), main.upcalls(), main.text("events.rounds"), main.text("events.d.threads1.samples"),
            main.text("events.d.threads2.samples")));
    eventTables(md, main);
    double load = Math.max(results.number("machine.load_start"), results.number("machine.load_end"));
    if (load > results.number("machine.cores")) {
      md.paragraph(format("The machine was busy during this run (load average up to %.1f on %s cores):"
          + " two benchmark threads then wait for cores other processes hold, which the wall times on"
          + " 2 threads include and the CPU times do not.", load, results.text("machine.cores")));
    }
    if (jni == null) {
      md.paragraph("The second per-event pass (JNI upcalls on another JDK) was skipped in this run.");
      return;
    }
    md.heading(2, format("Cost per event on %s (%s)", jni.java(), jni.path()))
        .paragraph(format("The same jiis-bench, modules and classes in a second pass on %s: its events enter"
            + " Java through %s. Same cases, same number of rounds (%s), same columns.",
            jni.text("events.jvm").replaceFirst(",.*", ""), jni.upcalls(), jni.text("events.rounds")));
    eventTables(md, jni);
  }

  private void eventTables(Markdown md, Pass pass) {
    List<List<String>> rows = new ArrayList<>();
    for (Case c : Case.values()) {
      List<String> row = new ArrayList<>(List.of("(" + c.key + ")", c.description));
      for (int threads : THREADS) {
        String prefix = format("events.%s.threads%d", c.key, threads);
        row.add(format("%.1f (%.1f–%.1f)", pass.number(prefix + ".wall_ns.median"),
            pass.number(prefix + ".wall_ns.min"), pass.number(prefix + ".wall_ns.max")));
        row.add(format("%.1f", pass.number(prefix + ".cpu_ns.median")));
      }
      rows.add(row);
    }
    md.table(List.of("case", "what", "1 thread, wall", "1 thread, CPU", "2 threads, wall", "2 threads, CPU"), rows);
    List<List<String>> ratios = new ArrayList<>();
    for (String[] ratio : new String[][] {{"d_over_b", "d/b"}, {"c_over_d", "c/d"},
        {"d_over_b2", "d/b2"}, {"e_over_b", "e/b"}}) {
      List<String> row = new ArrayList<>(List.of(ratio[1]));
      for (int threads : THREADS) {
        row.add(format("%.2f", pass.ratio(ratio[0], threads)));
        row.add(format("%.2f", pass.cpuRatio(ratio[0], threads)));
      }
      ratios.add(row);
    }
    md.table(List.of("ratio", "1 thread, wall", "1 thread, CPU", "2 threads, wall", "2 threads, CPU"), ratios);
  }

  private void heap(Markdown md) {
    List<List<String>> rows = new ArrayList<>();
    for (Pass pass : jni == null ? List.of(main) : List.of(main, jni)) {
      for (String key : List.of("d", "e")) {
        String prefix = format("heap.%s.bytes_per_event", key);
        rows.add(List.of(format("(%s), %s", key, pass.label()), format("%.3f", pass.number(prefix + ".median")),
            format("%.3f", pass.number(prefix + ".max"))));
      }
    }
    md.heading(2, "Java heap per event")
        .paragraph(format("`ThreadMXBean#getThreadAllocatedBytes` of the event thread around %s events"
            + " after %s warm-up events, minus what the measuring call allocates itself; %s windows. The"
            + " target is judged on the main JDK.",
            results.text("heap.d.bytes_per_event.events_per_window"), results.text("heap.warmup_events"),
            results.text("heap.d.bytes_per_event.samples")))
        .table(List.of("case", "bytes per event (median)", "largest window"), rows)
        .paragraph("(e) allocates by design: `sid()` returns a new `Sid` from the bytes IIS hands over, and"
            + " `toString()` builds a new `String`.");
  }

  private void start(Markdown md) {
    List<String> configurations = startConfigurations();
    md.heading(2, "Start: RegisterModule to ready")
        .paragraph("A fresh process per run calls `RegisterModule` of `BenchContinue`, which starts the JVM,"
            + " creates the module's class loader, loads its classes, binds the natives, creates the"
            + " foreign-function upcall stubs (Java 22 and later) and starts the Java module; the time is"
            + " from the call to its return. *first event* is the first `OnGlobalCacheOperation` after it,"
            + " which loads the view classes. The configurations alternate; the target is judged on the"
            + " main JDK without and with the archive of the module's classes.");
    List<List<String>> rows = new ArrayList<>();
    for (String configuration : configurations) {
      Samples register = results.series("start." + configuration + ".register_ms");
      Samples first = results.series("start." + configuration + ".first_event_ms");
      rows.add(List.of(startLabel(configuration), format("%.1f (%.1f–%.1f)", register.median(), register.min(),
          register.max()), format("%.1f", first.median()), Integer.toString(register.count())));
    }
    md.table(List.of("configuration", "RegisterModule ms, median (range)", "first event ms, median", "runs"), rows);
    List<List<String>> checks = new ArrayList<>();
    for (String configuration : configurations) {
      checks.add(List.of(startLabel(configuration),
          format("%.0f (%.0f)", checkCount(configuration, "classes"), checkCount(configuration, "archived")),
          format("%.0f", checkCount(configuration, "invoke_classes")),
          format("%.0f (%.0f)", checkCount(configuration, "jiis_classes"),
              checkCount(configuration, "archived_classes"))));
    }
    md.paragraph("Checked in one extra run of each with `-Xlog:class+load`, counting what was loaded before"
            + " `RegisterModule` returned: all classes, and in brackets those mapped from a class-data"
            + " sharing archive or AOT cache (the JDK's own default CDS archive included); the classes"
            + " `java.lang.invoke` defined (lambdas, lambda forms, method handle and string concatenation"
            + " classes, generated or taken from an archive); and the `org.jiis` classes, in brackets"
            + " those from the archive.")
        .table(List.of("configuration", "classes (from an archive)", "`java.lang.invoke` classes",
            "`org.jiis` classes (from the archive)"), checks);
    foreignBootstrap(md, configurations);
    String archive = archive();
    if (archive.equals("aot")) {
      md.paragraph(format("The archive here is an AOT cache (JEP 514): a training run with `jvm.option ="
          + " -XX:AOTCacheOutput=<file>` writes it when its JVM ends, and runs with `jvm.option ="
          + " -XX:AOTCache=<file>` map the classes it holds already loaded and linked, the JDK's as well"
          + " as the module's. With it `RegisterModule` took %.1f ms against %.1f ms without (medians)."
          + " The dynamic CDS archive this benchmark makes on older JDKs (`-XX:ArchiveClassesAtExit`,"
          + " then `-XX:SharedArchiveFile`) does not work on Java %s: jiis starts the JVM with"
          + " `--enable-native-access=ALL-UNNAMED` for the upcall stubs, the JDK's base archive was"
          + " dumped without it, and the JVM reports \"Mismatched values for property"
          + " jdk.module.enable.native.access\" and disables its optimized module handling, which jiis"
          + " logs as a warning. An AOT cache is written by a JVM started with the same options, so it"
          + " matches.", startMedian("aot"), startMedian("plain"), results.text("start.java_feature")));
    } else {
      md.paragraph("CDS here is an AppCDS archive of the module's classes (`-XX:ArchiveClassesAtExit` in a"
          + " training run, then `-XX:SharedArchiveFile`, both as `jvm.option`); how to make one for"
          + " a module under IIS: [README.md](README.md#class-data-sharing-for-a-module).");
    }
  }

  /** What the first upcall stub costs at start: the default against {@code event.upcalls = jni}. */
  private void foreignBootstrap(Markdown md, List<String> configurations) {
    if (!configurations.contains("jni_upcalls")) {
      return;
    }
    double foreign = startMedian("plain");
    double jniUpcalls = startMedian("jni_upcalls");
    String java = "Java " + results.text("start.java_feature");
    String joined = results.has("events.register_ms.BenchSid")
        ? format(" It is paid once per JVM: `BenchSid`, which joins the JVM `BenchContinue` started and"
            + " creates its own stubs, registered in %s ms in the per-event run.",
            results.text("events.register_ms.BenchSid"))
        : "";
    String older = configurations.contains("jni_jdk")
        ? format(" For comparison, on Java %s (JNI upcalls, no foreign linker) `RegisterModule` took %.1f ms.",
            results.text("start.jni_java_feature"), startMedian("jni_jdk"))
        : "";
    md.paragraph(format("**The foreign-linker bootstrap.** On %s jiis creates an upcall stub for each of the"
        + " module's Java entry points while `RegisterModule` runs (`ForeignUpcalls`, through"
        + " `Linker.nativeLinker().upcallStub`). The first stub in a JVM bootstraps the JDK's foreign"
        + " linker (Java 22 and later): it loads and initializes the `java.lang.foreign` and"
        + " `jdk.internal.foreign` classes, builds the method handle chain of the stub, for which"
        + " `java.lang.invoke` defines classes, and generates the stub's code. In this run"
        + " `RegisterModule` took %.1f ms by default and %.1f ms with `event.upcalls = jni`, which"
        + " makes no stubs (medians, no archive): the bootstrap cost %.1f ms, and loaded %.0f more"
        + " classes, %.0f more of them from `java.lang.invoke`.%s%s%s A module that values its start"
        + " over its per-event cost can set `event.upcalls = jni`, at the per-event cost of"
        + " JNI upcalls.",
        java, foreign, jniUpcalls, foreign - jniUpcalls,
        checkCount("plain", "classes") - checkCount("jni_upcalls", "classes"),
        checkCount("plain", "invoke_classes") - checkCount("jni_upcalls", "invoke_classes"), joined, older,
        configurations.contains("aot")
            ? format(" An AOT cache takes %.1f ms of it back (below).", foreign - startMedian("aot")) : ""));
  }

  private void processor(Markdown md, List<Target> targets) throws IOException {
    md.heading(2, "Processor")
        .paragraph(format("Plain `javac` of the main JDK (%s; a fresh process each time) on %s ordinary"
            + " classes plus one module: with the jiis processor jar on `-processorpath`, with `-proc:none`,"
            + " and with a processor that supports every annotation and does nothing"
            + " (bench/reference-processor: what running any processor costs). %s rounds, each compiling"
            + " once in every configuration, rotating which goes first. *CPU* is the javac process's CPU"
            + " time (its JIT and GC threads included). The target is judged on CPU time: on this shared"
            + " machine the wall time of identical compilations swings widely with the other processes'"
            + " load (see the lists), while their CPU time stays close.", main.java(),
            results.text("processor.classes"), results.text("processor.rounds")));
    List<List<String>> rows = new ArrayList<>();
    for (String[] configuration : new String[][] {{"with", "jiis processor"}, {"none", "-proc:none"},
        {"reference", "do-nothing processor"}}) {
      String prefix = "processor." + configuration[0];
      rows.add(List.of(configuration[1], format("%.0f", results.number(prefix + ".wall_ms.median")),
          results.text(prefix + ".wall_ms.list"), format("%.0f", results.number(prefix + ".cpu_ms.median")),
          results.text(prefix + ".cpu_ms.list")));
    }
    double reference = referenceRatio();
    md.table(List.of("javac", "wall ms, median", "wall ms, in order", "CPU ms, median", "CPU ms, in order"), rows)
        .paragraph(format("jiis processor / -proc:none, ratio of the medians: %.3f (wall), %.3f (CPU)."
            + " Do-nothing processor / -proc:none: %.3f (wall), %.3f (CPU).",
            results.number("processor.ratio.wall"), results.number("processor.ratio.cpu"),
            results.number("processor.reference.wall_ms.median") / results.number("processor.none.wall_ms.median"),
            reference));
    Target compile = targets.stream().filter(t -> t.name().startsWith("javac")).findFirst().orElseThrow();
    if (compile.met()) {
      md.paragraph(format("The target, javac with the processor ≤ %.2f × `-proc:none` by CPU time, is met.",
          COMPILE_RATIO_TARGET));
    } else {
      md.paragraph(format("**The target, javac with the processor ≤ %.2f × `-proc:none` by CPU time, is"
          + " missed** (%.3f, %s). Any processor's rounds make javac enter all the classes of the"
          + " compilation again: the do-nothing processor alone costs %.3f ×%s. And jiis generates Java"
          + " sources, which javac compiles in one more round. Details: [Where targets are missed, and"
          + " why](#where-targets-are-missed-and-why).", COMPILE_RATIO_TARGET,
          results.number("processor.ratio.cpu"), compile.verdict(), reference,
          reference > COMPILE_RATIO_TARGET ? format(", already more than %.2f ×", COMPILE_RATIO_TARGET) : ""));
    }
    md.paragraph(format("Generating one module's full output in process (`ModuleGenerator.generate` and"
            + " `ModuleWriter.write`, %s files): warm median %.1f ms (range %.1f–%.1f; generating"
            + " alone %.2f ms) over %s iterations. The first module in a fresh JVM, which also loads the"
            + " processor's classes and reads the runtime sources from its jar, took %.0f ms.",
            results.text("generation.files"), results.number("generation.full_ms"),
            results.number("generation.full_ms.min"), results.number("generation.full_ms.max"),
            results.number("generation.generate_ms"), results.text("generation.iterations"),
            results.number("generation.cold_ms")));
    String profile = results.file("profile-javac.txt");
    if (profile != null) {
      md.paragraph("Where javac's time goes, from one more JFR-recorded compilation of each (execution"
          + " samples by phase; see `JavacProfile`):").code(profile);
    }
  }

  private double referenceRatio() {
    return results.number("processor.reference.cpu_ms.median") / results.number("processor.none.cpu_ms.median");
  }

  /** The section on targets not met; false if there is none (nothing explained the profiles). */
  private boolean misses(Markdown md, List<Target> targets) throws IOException {
    List<Target> notMet = targets.stream().filter(t -> !t.met()).toList();
    if (notMet.isEmpty()) {
      return false;
    }
    md.heading(2, "Where targets are missed, and why");
    boolean dispatch = notMet.stream().anyMatch(Target::dispatch);
    if (dispatch) {
      dispatchExplanation(md, targets);
    }
    if (notMet.stream().anyMatch(t -> t.name().startsWith("javac"))) {
      processorExplanation(md);
    }
    for (Target target : notMet) {
      if (target.name().startsWith("RegisterModule")) {
        startExplanation(md, target);
      } else if (!target.dispatch() && !target.name().startsWith("javac")) {
        md.paragraph(format("**%s**: %s (%s). This run's data is above; no analysis of this miss is"
            + " recorded here.", target.name(), target.verdict(), target.figure()));
      }
    }
    return dispatch;
  }

  /** A start target missed: what this run's other configurations say about it. */
  private void startExplanation(Markdown md, Target target) {
    List<String> configurations = startConfigurations();
    String bootstrap = configurations.contains("jni_upcalls")
        ? format(" Of `RegisterModule` without an archive, the foreign-linker bootstrap took %.1f ms (the"
            + " difference to `event.upcalls = jni`, %.1f ms); see the Start section.",
            startMedian("plain") - startMedian("jni_upcalls"), startMedian("jni_upcalls"))
        : "";
    double load = Math.max(results.number("machine.load_start"), results.number("machine.load_end"));
    String busy = load > results.number("machine.cores")
        ? format(" The machine was busy during this run (load average up to %.1f on %s cores), and the start"
            + " time is wall-clock time, so other processes' work is in it.", load, results.text("machine.cores"))
        : "";
    md.paragraph(format("**%s**: missed %s (%s).%s%s", target.name(), target.verdict(), target.figure(),
        bootstrap, busy));
  }

  private void dispatchExplanation(Markdown md, List<Target> targets) throws IOException {
    if (main.foreign()) {
      foreignExplanation(md, targets);
      profiles(md, main, List.of("b", "b2", "d"));
      if (jni != null && !jni.foreign()) {
        jniExplanation(md, jni);
        profiles(md, jni, List.of("d"));
      }
    } else {
      jniExplanation(md, main);
      profiles(md, main, List.of("b", "b2", "d"));
    }
  }

  private void foreignExplanation(Markdown md, List<Target> targets) {
    boolean met = targets.stream().filter(t -> t.dispatch() && t.status() != Status.NOT_JUDGED).allMatch(Target::met);
    double b = main.cpu(Case.B, 1);
    double b2 = main.cpu(Case.B2, 1);
    double d = main.cpu(Case.D, 1);
    md.paragraph(format("**d/b on %s: %s, through foreign-function upcall stubs.** On Java %d and later jiis"
        + " creates at start an upcall stub (`java.lang.foreign`) for each of the module's Java entry"
        + " points, and its native code calls the stub as a C function pointer instead of making a JNI"
        + " `CallIntMethodA`. The stub is a direct call into the JIT-compiled entry point: no"
        + " `JavaCallArguments` to marshal the argument, no `JavaCallWrapper` around the call, no"
        + " `ExceptionCheck` after it. (d), jiis's whole path, costs %.1f ns (CPU time, 1 thread): %.2f ×"
        + " (b), a JNI upcall that does not even enter Java (%.1f ns), and %.2f × (b2), the cheapest JNI"
        + " upcall that does (%.1f ns). What remains is the stub's own entry and exit in the JVM"
        + " (`UpcallLinker::on_entry` and `on_exit`: the thread's state transition and its JNI handle"
        + " block), the method handle chain around the entry point (the wrapper described next), and the"
        + " Java side; the profile of (d) below shows them.",
        main.java(), met ? "met" : "missed in this run", FOREIGN_RELEASE, d, d / b, b, d / b2, b2));
    md.paragraph("What keeps a stub safe: nothing may escape it (the JVM would end the"
        + " worker process), so each entry point is wrapped with `MethodHandles.catchException`, which"
        + " catches any throwable inside Java and returns a code on which the native side reports it;"
        + " and a stub does not check the stack as a JNI upcall does, so an event on a thread with less"
        + " than 128 KB of stack left takes the JNI upcall, which turns an overflow into a"
        + " `StackOverflowError` (the benchmark's threads have 512 KB stacks, so none does here). The"
        + " profiles below (`perf`, cpu-clock samples, self time; JIT-compiled Java named through the"
        + " JVM's perf map) are from the main JDK.");
  }

  /** Why d/b ≤ 2 cannot hold with JNI upcalls, with the figures of the pass that took them. */
  private void jniExplanation(Markdown md, Pass pass) {
    double b = pass.cpu(Case.B, 1);
    double b2 = pass.cpu(Case.B2, 1);
    double d = pass.cpu(Case.D, 1);
    String why = pass.feature() < FOREIGN_RELEASE
        ? format("%s has no final foreign function API, so jiis's events take JNI upcalls there.", pass.java())
        : format("jiis's events took %s.", pass.upcalls());
    String judged = pass == main ? "" : format(" The target is judged on the main JDK, %s.", main.java());
    md.paragraph(format("**d/b on %s (JNI upcalls).** %s%s Case (b) never enters Java: HotSpot's"
        + " `JavaCalls::call_helper` returns at once when the target is an empty `void` method, so (b) is"
        + " the cost of the JNI entry and exit alone (%.1f ns, CPU time, 1 thread). A real upcall must"
        + " enter Java; (b2), the same call to a method that returns 0 and takes jiis's `long` argument,"
        + " costs %.1f ns, already %.2f × (b). No bridge that runs Java code per event can meet d/b ≤ %.0f"
        + " with JNI upcalls on this JVM; measured against (b2), jiis's (d) is %.2f × a bare upcall that"
        + " does enter Java.", pass.java(), why, judged, b, b2, b2 / b, DISPATCH_RATIO_TARGET, d / b2));
    md.paragraph(format("What (d) adds on top of (b2) there, %.1f ns in all: the JNI `ExceptionCheck` after"
        + " the upcall (a VM state transition; the native code rules require it), the Java side"
        + " (`NativeModule`: terminated check, per-thread callback frame, context class loader,"
        + " provider view, the generated dispatcher, the handler) and the native glue"
        + " (`OnGlobalCacheOperation` → `jiis_dispatch`, the thread's env from TLS, `CallIntMethodA`"
        + " with its argument, rather than a no-argument static call). The profile of (d) on %s shows it.",
        d - b2, pass.java()));
  }

  private void profiles(Markdown md, Pass pass, List<String> keys) throws IOException {
    boolean any = false;
    for (String key : keys) {
      String text = pass.profile(key);
      if (text != null) {
        md.paragraph(format("Profile of case (%s) on %s, hottest symbols:", key,
            key.equals("b") || key.equals("b2") ? pass.java() : pass.label())).code(text);
        any = true;
      }
    }
    if (!any) {
      md.paragraph(format("No profile of %s was recorded (`perf` was not available).", pass.label()));
    }
  }

  private void processorExplanation(Markdown md) {
    double withProcessor = results.number("processor.ratio.cpu");
    double reference = referenceRatio();
    String anyProcessor = reference > COMPILE_RATIO_TARGET
        ? format(" So in this compilation no annotation processor at all can meet %.2f ×.", COMPILE_RATIO_TARGET)
        : "";
    md.paragraph(format("**javac with the processor.** Running any annotation processor costs javac"
        + " work: the do-nothing processor takes %.3f × the CPU time of `-proc:none`, because javac"
        + " runs at least one more processing round and enters every class of the compilation again"
        + " for each new round.%s jiis takes %.3f × the do-nothing processor's time. Most of that is"
        + " one further round: jiis must generate Java sources (the dispatcher and the natives"
        + " class), and javac compiles generated sources in a round of their own, which enters all %s"
        + " classes once more. Generating them in javac's last round would save that round, but javac"
        + " then warns about every file created in the last round (which breaks `-Werror` builds), so"
        + " jiis does not. The profile in the Processor section shows the rounds under *new processing"
        + " round*; the processor's own code is the row *jiis processor*.",
        reference, anyProcessor, withProcessor / reference, results.text("processor.classes")));
  }

  private void method(Markdown md) {
    md.heading(2, "How it was measured")
        .paragraph(format("`jiis-bench` (bench/native) loads `BenchContinue.so` and `BenchSid.so`, the"
            + " real output of the jiis processor for the two modules in bench/modules, built with their"
            + " generated `CMakeLists.txt` against the testkit's test-double IIS headers. It calls"
            + " `RegisterModule` of `BenchContinue`, which creates the JVM (%s), then that of `BenchSid`,"
            + " which joins it; (b), (b2) and (c) use that same JVM, found with `JNI_GetCreatedJavaVMs`."
            + " Each sample runs on fresh threads with 512 KB stacks (as IIS's): (b) and (b2) attach"
            + " themselves once, (c) attaches and detaches per event, (d) and (e) are attached by jiis on"
            + " their first event. Every sample is preceded by warm-up events on its threads, and the"
            + " whole run by a long warm-up of each case so the JIT has compiled the Java side; the rounds"
            + " interleave the cases so that a busy moment of the machine hits all of them. Events per"
            + " sample: (a) %s, (b) %s, (b2) %s, (c) %s, (d) %s, (e) %s. The run checks that both modules"
            + " logged that they started, that (e) read the SID `%s` (from its cleanup log entry), that"
            + " no event returned anything but CONTINUE, that the token entry holds no references"
            + " afterwards, and that nothing logged an error or warning.",
            main.text("events.jvm"), main.text("events.a.threads1.events_per_sample"),
            main.text("events.b.threads1.events_per_sample"), main.text("events.b2.threads1.events_per_sample"),
            main.text("events.c.threads1.events_per_sample"), main.text("events.d.threads1.events_per_sample"),
            main.text("events.e.threads1.events_per_sample"), main.text("events.sid")));
    if (jni != null) {
      md.paragraph(format("The second pass runs the same `jiis-bench` events mode, with the same checks, on the"
          + " same modules and classes (compiled with `--release 17`), with a JVM created from %s.",
          jni.text("events.jvm")));
    }
  }

  private void printSummary(List<Target> targets) {
    for (Pass pass : jni == null ? List.of(main) : List.of(main, jni)) {
      for (int threads : THREADS) {
        System.out.println(format("%s, %d thread(s): d/b = %.2f (CPU %.2f), c/d = %.0f (CPU %.0f);"
                + " d %.1f ns, b %.1f ns, b2 %.1f ns, c %.0f ns (wall)",
            pass.label(), threads, pass.ratio("d_over_b", threads), pass.cpuRatio("d_over_b", threads),
            pass.ratio("c_over_d", threads), pass.cpuRatio("c_over_d", threads), pass.wall(Case.D, threads),
            pass.wall(Case.B, threads), pass.wall(Case.B2, threads), pass.wall(Case.C, threads)));
      }
    }
    for (String configuration : startConfigurations()) {
      System.out.println(format("start, %s: RegisterModule %.1f ms (median)", startLabel(configuration),
          startMedian(configuration)));
    }
    for (Target target : targets) {
      System.out.println(format("  %s: %s: %s", target.name(), target.figure(),
          target.status() == Status.MET ? "met"
              : target.status() == Status.MISSED ? "MISSED, " + target.verdict()
              : "not judged, " + target.verdict()));
    }
  }
}
