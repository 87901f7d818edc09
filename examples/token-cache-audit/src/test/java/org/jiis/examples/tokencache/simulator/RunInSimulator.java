package org.jiis.examples.tokencache.simulator;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.jiis.GlobalModule;
import org.jiis.cache.CacheOperation;
import org.jiis.examples.tokencache.TokenCacheAudit;
import org.jiis.security.TokenHandle;
import org.jiis.testkit.host.CacheEntry;
import org.jiis.testkit.host.HostReport;
import org.jiis.testkit.host.HostSimulator;
import org.jiis.testkit.host.Scenario;
import org.jiis.testkit.nativebuild.ModuleSettings;

/**
 * What {@code run-example.sh} runs: the built TokenCacheAudit module in the IIS host simulator,
 * with debug on, for a few token-cache events; prints what happened in words and keeps the
 * simulator's report.
 *
 * <pre>
 * RunInSimulator LIBRARY RUN_FOLDER
 * </pre>
 *
 * <p>{@code LIBRARY} is the built {@code TokenCacheAudit.so}; it is installed with its settings in
 * {@code RUN_FOLDER}, where the report ({@code report.jsonl}) is written too.
 */
public final class RunInSimulator {

  /** One scenario step: what it fires, and the same in words. */
  private record Step(String caption, UnaryOperator<Scenario.Builder> fire) {}

  private static final List<Step> STEPS = List.of(
      new Step("cache operation ADD, token entry of CONTOSO\\alice, both tokens valid",
          scenario -> scenario.cacheOperation(CacheOperation.ADD,
              CacheEntry.token().userName("CONTOSO\\alice").sid("S-1-5-21-1004336348-1177238915-682003330-1001"))),
      new Step("cache operation RETRIEVE, token entry of CONTOSO\\alice, impersonation token NULL",
          scenario -> scenario.cacheOperation(CacheOperation.RETRIEVE,
              CacheEntry.token().userName("CONTOSO\\alice").impersonationToken(TokenHandle.State.NULL))),
      new Step("cache operation DELETE, token entry of CONTOSO\\bob, primary token INVALID_HANDLE_VALUE",
          scenario -> scenario.cacheOperation(CacheOperation.DELETE,
              CacheEntry.token().userName("CONTOSO\\bob").primaryToken(TokenHandle.State.INVALID_HANDLE_VALUE))),
      new Step("cache operation ADD, file entry C:\\inetpub\\wwwroot\\index.htm",
          scenario -> scenario.cacheOperation(CacheOperation.ADD,
              CacheEntry.file("C:\\inetpub\\wwwroot\\index.htm"))),
      new Step("cache cleanup", Scenario.Builder::cacheCleanup));

  private RunInSimulator() {}

  /**
   * @throws IllegalStateException after printing the report, if the module did not register or the
   *     simulator reported errors
   */
  public static void main(String[] args) {
    if (args.length != 2) {
      throw new IllegalArgumentException("usage: RunInSimulator LIBRARY RUN_FOLDER");
    }
    Path runFolder = Path.of(args[1]).toAbsolutePath();
    Path module = ModuleSettings.forTestRun()
        .classPathOf(TokenCacheAudit.class, GlobalModule.class)
        .debug(true)
        .installCopy(Path.of(args[0]), runFolder);

    Scenario.Builder scenario = Scenario.builder();
    List<String> captions = new ArrayList<>();
    for (Step step : STEPS) {
      step.fire().apply(scenario);
      captions.add(step.caption());
    }
    HostReport report = HostSimulator.forModule(module).scenario(scenario.build()).run();
    Path reportFile = runFolder.resolve("report.jsonl");
    write(reportFile, String.join("\n", report.lines()) + "\n");

    System.out.println("The TokenCacheAudit module (" + TokenCacheAudit.class.getName() + "), run by");
    System.out.println("jiis-host, the IIS host simulator, as IIS runs a native global module:");
    System.out.println("  library   " + shown(module));
    System.out.println("  settings  " + shown(runFolder.resolve("TokenCacheAudit.jiis.properties"))
        + " (debug = true: the sample writes only in debug mode)");
    System.out.println();
    System.out.print(ReadableReport.render(report, captions));
    System.out.println("The simulator's full report (JSON lines): " + shown(reportFile));

    if (!report.hasRegistration() || !report.registration().succeeded() || !report.errors().isEmpty()) {
      throw new IllegalStateException("The example did not run cleanly; see the report above.");
    }
  }

  /** The path relative to the working directory when it is inside it: shorter to read. */
  private static String shown(Path path) {
    Path here = Path.of("").toAbsolutePath();
    return path.startsWith(here) ? here.relativize(path).toString() : path.toString();
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write " + file, e);
    }
  }
}
