package org.jiis.nativeruntime;

import static org.junit.jupiter.api.Assertions.fail;

import java.util.List;

/** What one run of the test host printed: its step lines and the log entries it received. */
final class HostRun {

  final NativeTools.Result result;
  final List<String> lines;
  final List<LogEntry> entries;

  HostRun(NativeTools.Result result) {
    this.result = result;
    this.lines = result.output().lines().toList();
    this.entries = lines.stream().filter(LogEntry::isEntry).map(LogEntry::parse).toList();
  }

  int exitCode() {
    return result.exitCode();
  }

  List<LogEntry> entries(int level) {
    return entries.stream().filter(e -> e.level() == level).toList();
  }

  List<String> messages(String source) {
    return entries.stream().filter(e -> e.source().equals(source)).map(LogEntry::message).toList();
  }

  /** The only error entry; fails, showing everything printed, when there are none or several. */
  LogEntry onlyError() {
    List<LogEntry> errors = entries(LogEntry.ERROR);
    if (errors.size() != 1) {
      fail(result.describe("expected exactly one error entry, found " + errors.size()));
    }
    return errors.get(0);
  }

  /** The host's line for a step, e.g. {@code line("start 0")} → "start 0 0x00000000 active=1". */
  String line(String stepPrefix) {
    return lines.stream()
        .filter(l -> l.startsWith(stepPrefix + " "))
        .findFirst()
        .orElseGet(() -> fail(result.describe("the host printed no line starting with '" + stepPrefix + "'")));
  }

  /** The value of the stand-in's "probe name=value" entry from module {@code source}. */
  String probe(String source, String name) {
    String prefix = "probe " + name + "=";
    return messages(source).stream()
        .filter(m -> m.startsWith(prefix))
        .map(m -> m.substring(prefix.length()))
        .reduce((first, second) -> fail(result.describe("probe " + name + " reported twice")))
        .orElseGet(() -> fail(result.describe("no probe " + name + " from " + source)));
  }

  String output() {
    return result.output();
  }
}
