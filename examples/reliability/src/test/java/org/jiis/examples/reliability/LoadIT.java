package org.jiis.examples.reliability;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiis.cache.CacheOperation;
import org.jiis.security.TokenHandle;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.host.CacheEntry;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.HostSummary;
import org.jiis.testkit.host.LogEntry;
import org.jiis.testkit.host.LogLevel;
import org.jiis.testkit.host.MemorySample;
import org.jiis.testkit.host.RecordReferences;
import org.jiis.testkit.host.Scenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Load and leaks: two IIS threads fire cache operations on token, file and URI records at {@link
 * MixedLoad} under {@code -Xcheck:jni}, one handler call in ten throwing. No crash, every count
 * adds up, the JVM prints no JNI warning, every record reference taken is released, and resident
 * memory stays flat after warm-up. The size comes from {@code jiis.load.events} (events per
 * thread): the normal build runs 1,000,000, {@code run-soak.sh} 5,000,000; the figures go to
 * {@code target/load-figures.md}.
 */
class LoadIT {

  private static final int THREADS = 2;
  /** The scenario's cache operations, fired in turn by each thread. */
  private static final int STEPS = 4;
  private static final int SAMPLES = 20;
  /** Resident memory is compared from this share of the events on: the JIT has warmed up. */
  private static final double WARM_UP = 0.25;
  private static final long MAX_GROWTH_BYTES = 5L * 1024 * 1024;
  private static final Pattern COUNTS = Pattern.compile(
      "MixedLoad counts: tokens=(\\d+) files=(\\d+) uris=(\\d+) retained=(\\d+) failures=(\\d+)");
  private static final Pattern SUPPRESSED = Pattern.compile(
      "Module MixedLoad: suppressed (\\d+) log entr(?:y|ies) \\(more than 10 in one second\\)");

  @TempDir Path folder;

  /**
   * The control for the warning check below: what the JVM prints while it runs reaches the event
   * log as "JVM: " warnings. HotSpot prints -Xcheck:jni's reports the way it prints compilations,
   * on its {@code tty} stream, which the runtime's vfprintf hook receives.
   */
  @Test
  void whatTheJvmPrintsWhileItRunsReachesTheEventLog() {
    Path module = Modules.settings()
        .jvmOption("-XX:+PrintCompilation")
        .installCopy(BuiltModules.library(Modules.MIXED_LOAD), folder);

    HostReport report = HostSimulator.forModule(module)
        .scenario(loadScenario(THREADS, 5_000, SAMPLES).build())
        .run();

    report.assertNoErrors();
    List<LogEntry> compiled = report.logEntries().stream()
        .filter(entry -> entry.level() == LogLevel.WARNING)
        .filter(entry -> entry.message().startsWith("JVM: "))
        .filter(entry -> entry.message().contains("org.jiis.examples.reliability.MixedLoad::onCacheOperation"))
        .toList();
    assertThat(compiled).isNotEmpty();
    assertThat(compiled.get(0).thread()).isEqualTo("other");
  }

  @Test
  void mixedCacheOperationsWithFailuresLeakNothing() throws IOException {
    long perThread = Long.parseLong(Modules.requiredProperty("jiis.load.events"));
    if (perThread % STEPS != 0 || perThread < STEPS * SAMPLES) {
      throw new IllegalArgumentException("jiis.load.events must be a multiple of " + STEPS
          + " and at least " + STEPS * SAMPLES + ", got " + perThread);
    }
    long total = THREADS * perThread;
    Path module = Modules.settings()
        .jvmOption("-Xcheck:jni")
        // A fixed, pre-touched heap: resident memory then shows native growth, not heap sizing.
        .jvmOption("-Xms64m")
        .jvmOption("-Xmx64m")
        .jvmOption("-XX:+AlwaysPreTouch")
        .installCopy(BuiltModules.library(Modules.MIXED_LOAD), folder);

    long started = System.nanoTime();
    HostReport report = HostSimulator.forModule(module)
        .timeout(Duration.ofMinutes(2).plusMillis(total / 50))
        .scenario(loadScenario(THREADS, perThread, SAMPLES).afterWorkers().cacheCleanup().build())
        .run();
    Duration took = Duration.ofNanos(System.nanoTime() - started);

    // No crash, every event answered.
    report.assertNoErrors();
    HostSummary summary = report.summary();
    assertThat(summary.fired()).isEqualTo(total + 1);
    assertThat(summary.continued()).isEqualTo(total + 1);
    assertThat(report.terminated()).isTrue();

    // The handler saw every operation, and failed one call in ten on each thread.
    Matcher counts = COUNTS.matcher(message(report, "MixedLoad counts: "));
    assertThat(counts.matches()).isTrue();
    long failures = THREADS * (perThread / MixedLoad.FAIL_EVERY);
    assertThat(Long.parseLong(counts.group(1))).isEqualTo(total / 2);
    assertThat(Long.parseLong(counts.group(2))).isEqualTo(total / 4);
    assertThat(Long.parseLong(counts.group(3))).isEqualTo(total / 4);
    long retained = THREADS * (perThread / MixedLoad.RETAIN_EVERY);
    assertThat(Long.parseLong(counts.group(4))).isEqualTo(retained);
    assertThat(Long.parseLong(counts.group(5))).isEqualTo(failures);

    // Each failure was logged with its stack trace or counted as suppressed.
    List<LogEntry> failureEntries = report.logEntries().stream()
        .filter(entry -> entry.level() == LogLevel.ERROR)
        .toList();
    for (LogEntry entry : failureEntries) {
      assertThat(entry.message()).contains("MixedLoad fails call ");
    }
    long suppressed = 0;
    for (LogEntry entry : report.logEntries()) {
      Matcher matcher = SUPPRESSED.matcher(entry.message());
      if (matcher.matches()) {
        suppressed += Long.parseLong(matcher.group(1));
      }
    }
    assertThat(failureEntries.size() + suppressed).isEqualTo(failures);

    // -Xcheck:jni was in effect and found nothing: the JVM's output would be "JVM: " warnings.
    assertThat(message(report, "MixedLoad started: ")).contains("-Xcheck:jni");
    List<String> jvmOutput = report.logMessages().stream()
        .filter(message -> message.startsWith("JVM: "))
        .toList();
    assertThat(jvmOutput).isEmpty();
    assertThat(report.standardError()).doesNotContain("WARNING");

    // Every reference the views took on a record was released.
    assertThat(report.records()).hasSize(STEPS);
    long taken = 0;
    for (RecordReferences record : report.records()) {
      assertThat(record.balanced()).isTrue();
      taken += record.taken();
    }
    assertThat(taken).isEqualTo(retained);

    // The IIS threads were detached when they ended.
    assertThat(message(report, "MixedLoad census: ")).isEqualTo(
        "MixedLoad census: " + new ThreadCensus(0, baseline(report).liveThreads()));

    // Resident memory after warm-up.
    List<MemorySample> samples = report.memorySamples();
    MemorySample warm = samples.stream()
        .filter(sample -> sample.point().equals("events") && sample.fired() >= WARM_UP * total)
        .findFirst()
        .orElseThrow();
    long peak = samples.stream()
        .filter(sample -> sample.fired() >= warm.fired())
        .mapToLong(MemorySample::residentBytes)
        .max()
        .getAsLong();
    long growth = peak - warm.residentBytes();

    writeFigures(perThread, summary, failures, failureEntries.size(), suppressed, taken,
        samples.get(0), warm, peak, samples.get(samples.size() - 1), jvmOutput.size(), took);
    assertThat(growth).isLessThan(MAX_GROWTH_BYTES);
  }

  /** Each thread fires the {@value #STEPS} operations in turn, perThread operations in all. */
  private static Scenario.Builder loadScenario(int threads, long perThread, int samples) {
    return Scenario.builder()
        .threads(threads)
        .repeat(Math.toIntExact(perThread / STEPS))
        .eventLines(false)
        .memoryEvery(threads * perThread / samples)
        .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.token().userName("CONTOSO\\alice"))
        .cacheOperation(CacheOperation.ADD,
            CacheEntry.file("C:\\inetpub\\wwwroot\\index.htm").etag("\"1d2\"").content("<html/>"))
        .cacheOperation(CacheOperation.RETRIEVE, CacheEntry.uri("/app/page.aspx"))
        .cacheOperation(CacheOperation.DELETE, CacheEntry.token().userName("bob").withoutSid()
            .primaryToken(TokenHandle.State.NULL)
            .impersonationToken(TokenHandle.State.INVALID_HANDLE_VALUE));
  }

  private static ThreadCensus baseline(HostReport report) {
    Matcher matcher = Pattern.compile("attached worker threads (\\d+), live threads (\\d+)")
        .matcher(message(report, "MixedLoad started: "));
    assertThat(matcher.find()).isTrue();
    assertThat(matcher.group(1)).isEqualTo("0");
    return new ThreadCensus(0, Integer.parseInt(matcher.group(2)));
  }

  /** The one log message starting with {@code prefix}. */
  private static String message(HostReport report, String prefix) {
    List<String> found = report.logMessages().stream().filter(m -> m.startsWith(prefix)).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static void writeFigures(long perThread, HostSummary summary, long failures,
      long written, long suppressed, long taken, MemorySample registered, MemorySample warm,
      long peak, MemorySample end, int jvmWarnings, Duration took) throws IOException {
    String figures = String.join("\n",
        "| figure | value |",
        "|---|---|",
        "| events | " + summary.fired() + " (" + THREADS + " threads x " + perThread
            + " cache operations, then 1 cache cleanup) |",
        "| worker threads | " + summary.workerThreads() + " (512 KB stacks) |",
        "| handler exceptions | " + failures + " (1 call in " + MixedLoad.FAIL_EVERY + "), "
            + written + " logged with stack traces, " + suppressed + " counted as suppressed |",
        "| record references | " + taken + " taken, all released (" + summary.unbalancedRecords()
            + " unbalanced records) |",
        "| resident memory | " + mib(registered.residentBytes()) + " after RegisterModule, "
            + mib(warm.residentBytes()) + " after " + warm.fired() + " events (warm-up), peak "
            + mib(peak) + " after that, " + mib(end.residentBytes()) + " at the end: growth after"
            + " warm-up " + mib(peak - warm.residentBytes()) + " |",
        "| -Xcheck:jni warnings | " + jvmWarnings + " |",
        "| simulator errors | " + summary.errors() + " |",
        "| duration | " + took.toMillis() / 1000.0 + " s (simulator start to exit) |",
        "| machine | Java " + System.getProperty("java.version") + " ("
            + System.getProperty("java.vm.name") + "), -Xcheck:jni -Xms64m -Xmx64m"
            + " -XX:+AlwaysPreTouch, " + Runtime.getRuntime().availableProcessors() + " CPUs |",
        "");
    System.out.println(figures);
    Files.writeString(Path.of("target", "load-figures.md"), figures, StandardCharsets.UTF_8);
  }

  private static String mib(long bytes) {
    return String.format("%.1f MiB", bytes / (1024.0 * 1024.0));
  }
}
