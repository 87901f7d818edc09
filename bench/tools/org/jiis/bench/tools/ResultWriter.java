package org.jiis.bench.tools;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Writes results as {@code key = value} lines, the format every part of the benchmark uses. */
final class ResultWriter {

  private final List<String> lines = new ArrayList<>();

  ResultWriter put(String key, String value) {
    lines.add(key + " = " + value);
    return this;
  }

  ResultWriter put(String key, double value) {
    return put(key, String.format(Locale.ROOT, "%.3f", value));
  }

  ResultWriter put(String key, long value) {
    return put(key, Long.toString(value));
  }

  /** median, min, max, samples and the list of {@code samples}, under {@code prefix}. */
  ResultWriter put(String prefix, Samples samples) {
    return put(prefix + ".median", samples.median())
        .put(prefix + ".min", samples.min())
        .put(prefix + ".max", samples.max())
        .put(prefix + ".samples", samples.count())
        .put(prefix + ".list", samples.list());
  }

  void writeTo(Path file) throws IOException {
    Files.write(file, lines, StandardCharsets.UTF_8);
  }
}
