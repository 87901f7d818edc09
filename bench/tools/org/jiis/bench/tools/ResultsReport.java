package org.jiis.bench.tools;

import static org.jiis.bench.tools.Markdown.format;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes {@code bench/RESULTS.md} from the results folder of one run of {@code run-benchmarks.sh}
 * and prints the summary: every figure, the ratios, and each target met or missed.
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

  /** One target of the issue and how this run fared. */
  private record Target(String name, String figure, boolean met, String verdict) {}

  private final Results results;

  private ResultsReport(Results results) {
    this.results = results;
  }

  public static void main(String[] args) throws IOException {
    Arguments arguments = new Arguments(args);
    ResultsReport report = new ResultsReport(Results.load(arguments.path("results")));
    List<Target> targets = report.targets();
    Files.writeString(arguments.path("out"), report.markdown(targets), StandardCharsets.UTF_8);
    report.printSummary(targets);
  }

  // ---- figures ----

  private double wall(Case c, int threads) {
    return results.number(format("events.%s.threads%d.wall_ns.median", c.key, threads));
  }

  private double cpu(Case c, int threads) {
    return results.number(format("events.%s.threads%d.cpu_ns.median", c.key, threads));
  }

  private double ratio(String name, int threads) {
    return results.number(format("events.ratio.%s.threads%d.wall", name, threads));
  }

  private double cpuRatio(String name, int threads) {
    return results.number(format("events.ratio.%s.threads%d.cpu", name, threads));
  }

  private double heapBytesPerEvent() {
    return results.number("heap.d.bytes_per_event.max");
  }

  // ---- targets ----

  private List<Target> targets() {
    List<Target> targets = new ArrayList<>();
    for (int threads : THREADS) {
      double worst = Math.max(ratio("d_over_b", threads), cpuRatio("d_over_b", threads));
      targets.add(atMost(format("d/b ≤ %.1f, %d thread(s)", DISPATCH_RATIO_TARGET, threads),
          format("wall %.2f (d %.1f ns, b %.1f ns); CPU %.2f (d %.1f ns, b %.1f ns)",
              ratio("d_over_b", threads), wall(Case.D, threads), wall(Case.B, threads),
              cpuRatio("d_over_b", threads), cpu(Case.D, threads), cpu(Case.B, threads)),
          worst, DISPATCH_RATIO_TARGET,
          format("d would have to be ≤ %.1f ns (CPU)", DISPATCH_RATIO_TARGET * cpu(Case.B, threads))));
    }
    for (int threads : THREADS) {
      double worst = Math.min(ratio("c_over_d", threads), cpuRatio("c_over_d", threads));
      boolean met = worst >= NAIVE_RATIO_TARGET;
      targets.add(new Target(format("c/d ≥ %.0f, %d thread(s)", NAIVE_RATIO_TARGET, threads),
          format("wall %.0f; CPU %.0f", ratio("c_over_d", threads), cpuRatio("c_over_d", threads)), met,
          met ? "met" : format("%.0f%% short", 100 * (1 - worst / NAIVE_RATIO_TARGET))));
    }
    targets.add(atMost(format("heap per event in (d) ≤ %.0f byte", HEAP_BYTES_TARGET),
        format("%.3f bytes (largest of %s windows of %s events)", heapBytesPerEvent(),
            results.text("heap.d.bytes_per_event.samples"), results.text("heap.d.bytes_per_event.events_per_window")),
        heapBytesPerEvent(), HEAP_BYTES_TARGET, ""));
    for (String configuration : List.of("plain", "cds")) {
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

  private static Target atMost(String name, String figure, double value, double limit, String needed) {
    if (value <= limit) {
      return new Target(name, figure, true, "met");
    }
    String by = format("by %.0f%%", 100 * (value / limit - 1));
    return new Target(name, figure, false, needed.isEmpty() ? by : by + "; " + needed);
  }

  private static String startLabel(String configuration) {
    return configuration.equals("cds") ? "with CDS" : "without CDS";
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
        .paragraph("Per-event targets count as met only if they hold by the wall clock and by CPU time.");
    List<List<String>> rows = new ArrayList<>();
    for (Target target : targets) {
      rows.add(List.of(target.name(), target.figure(), target.met() ? "**met**" : "**missed**: " + target.verdict()));
    }
    md.table(List.of("target", "this run", "result"), rows);
    events(md);
    heap(md);
    start(md);
    processor(md);
    misses(md, targets);
    method(md);
    return md.toString();
  }

  private void machine(Markdown md) {
    md.table(List.of("machine", ""), List.of(
        List.of("CPU", results.text("machine.cpu")),
        List.of("cores", results.text("machine.cores")),
        List.of("JDK", results.text("machine.jdk")),
        List.of("OS", results.text("machine.os")),
        List.of("C++ compiler", results.text("machine.compiler") + ", CMake build type RelWithDebInfo (-O2 -g)"),
        List.of("date (UTC)", results.text("machine.date")),
        List.of("load average (1 min) at start / end", results.text("machine.load_start") + " / "
            + results.text("machine.load_end"))));
  }

  private void events(Markdown md) {
    md.heading(2, "Cost per event")
        .paragraph(format("Nanoseconds per event: the median over %s rounds (per thread: %s samples on 1"
            + " thread, %s on 2), with the range of the samples. *wall* is the wall clock; *CPU* is the"
            + " thread's CPU time, which leaves out time the thread waited for a core that another process"
            + " held (the machine is shared).",
            results.text("events.rounds"), results.text("events.d.threads1.samples"),
            results.text("events.d.threads2.samples")));
    List<List<String>> rows = new ArrayList<>();
    for (Case c : Case.values()) {
      List<String> row = new ArrayList<>(List.of("(" + c.key + ")", c.description));
      for (int threads : THREADS) {
        String prefix = format("events.%s.threads%d", c.key, threads);
        row.add(format("%.1f (%.1f–%.1f)", results.number(prefix + ".wall_ns.median"),
            results.number(prefix + ".wall_ns.min"), results.number(prefix + ".wall_ns.max")));
        row.add(format("%.1f", results.number(prefix + ".cpu_ns.median")));
      }
      rows.add(row);
    }
    md.table(List.of("case", "what", "1 thread, wall", "1 thread, CPU", "2 threads, wall", "2 threads, CPU"), rows);
    double load = Math.max(results.number("machine.load_start"), results.number("machine.load_end"));
    if (load > results.number("machine.cores")) {
      md.paragraph(format("The machine was busy during this run (load average up to %.1f on %s cores):"
          + " two benchmark threads then wait for cores other processes hold, which the wall times on"
          + " 2 threads include and the CPU times do not.", load, results.text("machine.cores")));
    }
    List<List<String>> ratios = new ArrayList<>();
    for (String[] ratio : new String[][] {{"d_over_b", "d/b"}, {"c_over_d", "c/d"},
        {"d_over_b2", "d/b2"}, {"e_over_b", "e/b"}}) {
      List<String> row = new ArrayList<>(List.of(ratio[1]));
      for (int threads : THREADS) {
        String prefix = format("events.ratio.%s.threads%d", ratio[0], threads);
        row.add(format("%.2f", results.number(prefix + ".wall")));
        row.add(format("%.2f", results.number(prefix + ".cpu")));
      }
      ratios.add(row);
    }
    md.table(List.of("ratio", "1 thread, wall", "1 thread, CPU", "2 threads, wall", "2 threads, CPU"), ratios);
  }

  private void heap(Markdown md) {
    md.heading(2, "Java heap per event")
        .paragraph(format("`ThreadMXBean#getThreadAllocatedBytes` of the event thread around %s events"
            + " after %s warm-up events, minus what the measuring call allocates itself; %s windows.",
            results.text("heap.d.bytes_per_event.events_per_window"), results.text("heap.warmup_events"),
            results.text("heap.d.bytes_per_event.samples")))
        .table(List.of("case", "bytes per event (median)", "largest window"), List.of(
            List.of("(d)", format("%.3f", results.number("heap.d.bytes_per_event.median")),
                format("%.3f", results.number("heap.d.bytes_per_event.max"))),
            List.of("(e)", format("%.3f", results.number("heap.e.bytes_per_event.median")),
                format("%.3f", results.number("heap.e.bytes_per_event.max")))))
        .paragraph("(e) allocates by design: `sid()` returns a new `Sid` from the bytes IIS hands over, and"
            + " `toString()` builds a new `String`.");
  }

  private void start(Markdown md) {
    md.heading(2, "Start: RegisterModule to ready")
        .paragraph("A fresh process per run calls `RegisterModule` of `BenchContinue`, which starts the JVM,"
            + " creates the module's class loader, loads its classes, binds the natives and starts the"
            + " Java module; the time is from the call to its return. *first event* is the first"
            + " `OnGlobalCacheOperation` after it, which loads the view classes. The two configurations"
            + " alternate.");
    List<List<String>> rows = new ArrayList<>();
    for (String configuration : List.of("plain", "cds")) {
      Samples register = results.series("start." + configuration + ".register_ms");
      Samples first = results.series("start." + configuration + ".first_event_ms");
      rows.add(List.of(startLabel(configuration), format("%.1f (%.1f–%.1f)", register.median(), register.min(),
          register.max()), format("%.1f", first.median()), Integer.toString(register.count())));
    }
    md.table(List.of("configuration", "RegisterModule ms, median (range)", "first event ms, median", "runs"), rows);
    md.paragraph(format("Checked in one extra run of each with `-Xlog:class+load`: classes the JVM generated"
            + " through `java.lang.invoke` (lambdas, string concatenation) before `RegisterModule` returned:"
            + " %s without CDS, %s with CDS; `org.jiis` classes loaded before it returned: %s without CDS,"
            + " %s with CDS, of which %s came from the archive.",
            results.text("start.check.plain.invoke_classes"), results.text("start.check.cds.invoke_classes"),
            results.text("start.check.plain.jiis_classes"),
            results.text("start.check.cds.jiis_classes"), results.text("start.check.cds.archived_classes")))
        .paragraph("CDS here is an AppCDS archive of the module's classes (`-XX:ArchiveClassesAtExit` in a"
            + " training run, then `-XX:SharedArchiveFile`, both as `jvm.option`); how to make one for"
            + " a module under IIS: [README.md](README.md#class-data-sharing-for-a-module).");
  }

  private void processor(Markdown md) throws IOException {
    md.heading(2, "Processor")
        .paragraph(format("Plain `javac` (a fresh process each time) on %s ordinary classes plus one"
            + " module: with the jiis processor jar on `-processorpath`, with `-proc:none`, and with a"
            + " processor that supports every annotation and does nothing (bench/reference-processor:"
            + " what running any processor costs). %s rounds, each compiling once in every"
            + " configuration, rotating which goes first. *CPU* is the javac process's CPU time (its"
            + " JIT and GC threads included). The target is judged on CPU time: on this shared machine"
            + " the wall time of identical compilations swings widely with the other processes' load"
            + " (see the lists), while their CPU time stays close.", results.text("processor.classes"),
            results.text("processor.rounds")));
    List<List<String>> rows = new ArrayList<>();
    for (String[] configuration : new String[][] {{"with", "jiis processor"}, {"none", "-proc:none"},
        {"reference", "do-nothing processor"}}) {
      String prefix = "processor." + configuration[0];
      rows.add(List.of(configuration[1], format("%.0f", results.number(prefix + ".wall_ms.median")),
          results.text(prefix + ".wall_ms.list"), format("%.0f", results.number(prefix + ".cpu_ms.median")),
          results.text(prefix + ".cpu_ms.list")));
    }
    md.table(List.of("javac", "wall ms, median", "wall ms, in order", "CPU ms, median", "CPU ms, in order"), rows)
        .paragraph(format("jiis processor / -proc:none, ratio of the medians: %.3f (wall), %.3f (CPU)."
            + " Do-nothing processor / -proc:none: %.3f (wall), %.3f (CPU).",
            results.number("processor.ratio.wall"), results.number("processor.ratio.cpu"),
            results.number("processor.reference.wall_ms.median") / results.number("processor.none.wall_ms.median"),
            results.number("processor.reference.cpu_ms.median") / results.number("processor.none.cpu_ms.median")))
        .paragraph(format("Generating one module's full output in process (`ModuleGenerator.generate` and"
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

  private void misses(Markdown md, List<Target> targets) throws IOException {
    List<Target> missed = targets.stream().filter(t -> !t.met()).toList();
    if (missed.isEmpty()) {
      return;
    }
    md.heading(2, "Where targets are missed, and why");
    boolean dispatchMissed = missed.stream().anyMatch(t -> t.name().startsWith("d/b"));
    if (dispatchMissed) {
      dispatchExplanation(md);
    }
    if (missed.stream().anyMatch(t -> t.name().startsWith("javac"))) {
      processorExplanation(md);
    }
    for (Target target : missed) {
      if (!target.name().startsWith("d/b") && !target.name().startsWith("javac")) {
        md.paragraph(format("**%s**: %s (%s). This run's data is above; no analysis of this miss is"
            + " recorded here.", target.name(), target.verdict(), target.figure()));
      }
    }
  }

  private void dispatchExplanation(Markdown md) throws IOException {
    double b = cpu(Case.B, 1);
    double b2 = cpu(Case.B2, 1);
    double d = cpu(Case.D, 1);
    md.paragraph(format("**d/b.** Case (b) never enters Java: HotSpot's `JavaCalls::call_helper` returns"
        + " at once when the target is an empty `void` method, so (b) is the cost of the JNI entry"
        + " and exit alone (%.1f ns, CPU time, 1 thread). A real upcall must enter Java; (b2), the"
        + " same call to a method that returns 0 and takes jiis's `long` argument, costs %.1f ns,"
        + " already %.2f × (b). No bridge that runs Java code per event can meet d/b ≤ 2 with JNI"
        + " upcalls on this JVM; measured against (b2), jiis's (d) is %.2f × a bare upcall that does"
        + " enter Java.", b, b2, b2 / b, d / b2));
    md.paragraph(format("What (d) adds on top of (b2), %.1f ns in all: the JNI `ExceptionCheck` after the"
        + " upcall (a VM state transition; the native code rules require it), the Java side"
        + " (`NativeModule`: terminated check, per-thread callback frame, context class loader,"
        + " provider view, the generated dispatcher, the handler) and the native glue"
        + " (`OnGlobalCacheOperation` → `jiis_dispatch`, the thread's env from TLS, `CallIntMethod`"
        + " with its argument, rather than a no-argument static call). The profiles below"
        + " (`perf`, cpu-clock samples, self time; JIT-compiled Java named through the JVM's perf map)"
        + " show it.", d - b2));
    for (String profile : List.of("b", "b2", "d")) {
      String text = results.file("profile-" + profile + ".txt");
      if (text != null) {
        md.paragraph(format("Profile of case (%s), hottest symbols:", profile)).code(text);
      }
    }
    if (results.file("profile-d.txt") == null) {
      md.paragraph("`perf` was not available on this machine, so no profile was recorded.");
    }
  }

  private void processorExplanation(Markdown md) {
    double withProcessor = results.number("processor.ratio.cpu");
    double reference = results.number("processor.reference.cpu_ms.median")
        / results.number("processor.none.cpu_ms.median");
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
            results.text("events.jvm"), results.text("events.a.threads1.events_per_sample"),
            results.text("events.b.threads1.events_per_sample"), results.text("events.b2.threads1.events_per_sample"),
            results.text("events.c.threads1.events_per_sample"), results.text("events.d.threads1.events_per_sample"),
            results.text("events.e.threads1.events_per_sample"), results.text("events.sid")));
  }

  private void printSummary(List<Target> targets) {
    for (int threads : THREADS) {
      System.out.println(format("%d thread(s): d/b = %.2f (CPU %.2f), c/d = %.0f (CPU %.0f);"
              + " d %.1f ns, b %.1f ns, b2 %.1f ns, c %.0f ns (wall)",
          threads, ratio("d_over_b", threads), cpuRatio("d_over_b", threads), ratio("c_over_d", threads),
          cpuRatio("c_over_d", threads), wall(Case.D, threads), wall(Case.B, threads),
          wall(Case.B2, threads), wall(Case.C, threads)));
    }
    for (Target target : targets) {
      System.out.println(format("  %s: %s: %s", target.name(), target.figure(),
          target.met() ? "met" : "MISSED, " + target.verdict()));
    }
  }
}
