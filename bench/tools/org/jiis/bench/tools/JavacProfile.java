package org.jiis.bench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import jdk.jfr.consumer.RecordedEvent;
import jdk.jfr.consumer.RecordedFrame;
import jdk.jfr.consumer.RecordingFile;

/**
 * Where a javac run's time went, from the execution samples of a JFR recording
 * ({@code -J-XX:StartFlightRecording}): each sample is put in the first of these that its stack
 * shows, from the outermost frame in: jiis processor code, javac setting up a new annotation
 * processing round (which enters every class again), then javac's phases.
 *
 * <p>{@code --out <file> <name>=<recording.jfr> ...}: one column per recording.
 */
public final class JavacProfile {

  private static final String NEW_ROUND = "new processing round (re-entering all classes)";
  private static final String JIIS = "jiis processor";
  private static final String OTHER = "other (startup, class loading, file I/O)";

  /** Frame class-name prefixes, checked in order, and the phase they stand for. */
  private static final String[][] PHASES = {
      {"com.sun.tools.javac.parser.", "parse"},
      {"com.sun.tools.javac.comp.Enter", "enter"},
      {"com.sun.tools.javac.comp.TypeEnter", "enter"},
      {"com.sun.tools.javac.comp.MemberEnter", "enter"},
      {"com.sun.tools.javac.comp.Attr", "attribute"},
      {"com.sun.tools.javac.comp.Flow", "flow"},
      {"com.sun.tools.javac.comp.TransTypes", "desugar"},
      {"com.sun.tools.javac.comp.Lower", "desugar"},
      {"com.sun.tools.javac.comp.LambdaToMethod", "desugar"},
      {"com.sun.tools.javac.jvm.Gen", "generate"},
      {"com.sun.tools.javac.jvm.ClassWriter", "generate"},
  };

  private JavacProfile() {}

  public static void main(String[] args) throws IOException {
    if (args.length < 3 || !args[0].equals("--out")) {
      throw new IllegalArgumentException("usage: --out <file> <name>=<recording.jfr> ...");
    }
    List<String> names = new ArrayList<>();
    List<Map<String, Integer>> columns = new ArrayList<>();
    for (int i = 2; i < args.length; i++) {
      String[] nameAndFile = args[i].split("=", 2);
      names.add(nameAndFile[0]);
      columns.add(phases(Path.of(nameAndFile[1])));
    }
    List<String> phases = new ArrayList<>();
    for (Map<String, Integer> column : columns) {
      column.keySet().stream().filter(p -> !phases.contains(p)).forEach(phases::add);
    }
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%-48s", "JFR execution samples"));
    names.forEach(n -> text.append(String.format(Locale.ROOT, "%12s", n)));
    text.append('\n');
    for (String phase : phases) {
      text.append(String.format(Locale.ROOT, "%-48s", phase));
      columns.forEach(c -> text.append(String.format(Locale.ROOT, "%12d", c.getOrDefault(phase, 0))));
      text.append('\n');
    }
    text.append(String.format(Locale.ROOT, "%-48s", "total"));
    columns.forEach(c -> text.append(String.format(Locale.ROOT, "%12d",
        c.values().stream().mapToInt(Integer::intValue).sum())));
    text.append('\n');
    Files.writeString(Path.of(args[1]), text.toString(), StandardCharsets.UTF_8);
  }

  private static Map<String, Integer> phases(Path recording) throws IOException {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (RecordedEvent event : RecordingFile.readAllEvents(recording)) {
      if (event.getEventType().getName().equals("jdk.ExecutionSample") && event.getStackTrace() != null) {
        counts.merge(phase(event.getStackTrace().getFrames()), 1, Integer::sum);
      }
    }
    return counts;
  }

  private static String phase(List<RecordedFrame> frames) {
    for (RecordedFrame frame : frames) {
      if (frame.getMethod().getType().getName().startsWith("org.jiis.")) {
        return JIIS;
      }
    }
    for (RecordedFrame frame : frames) {
      String type = frame.getMethod().getType().getName();
      String method = frame.getMethod().getName();
      if (type.startsWith("com.sun.tools.javac.processing.JavacProcessingEnvironment$Round")
          && (method.equals("<init>") || method.equals("newRound"))) {
        return NEW_ROUND;
      }
    }
    for (int i = frames.size() - 1; i >= 0; i--) {
      String type = frames.get(i).getMethod().getType().getName();
      for (String[] phase : PHASES) {
        if (type.startsWith(phase[0])) {
          return phase[1];
        }
      }
    }
    return OTHER;
  }
}
