package org.jiis.bench.tools;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.stream.Stream;

/** Every {@code key = value} the benchmark's parts wrote into the results folder. */
final class Results {

  private final Properties values = new Properties();
  private final Path folder;

  private Results(Path folder) {
    this.folder = folder;
  }

  static Results load(Path folder) throws IOException {
    Results results = new Results(folder);
    try (Stream<Path> files = Files.list(folder)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".properties")).sorted().toList()) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
          results.values.load(reader);
        }
      }
    }
    return results;
  }

  boolean has(String key) {
    return values.containsKey(key);
  }

  String text(String key) {
    String value = values.getProperty(key);
    if (value == null) {
      throw new IllegalStateException("the results have no " + key + " (did that part of the run fail?)");
    }
    return value;
  }

  double number(String key) {
    return Double.parseDouble(text(key));
  }

  /** The values of {@code prefix.1}, {@code prefix.2}, ... as samples. */
  Samples series(String prefix) {
    Samples samples = new Samples();
    for (int i = 1; has(prefix + "." + i); i++) {
      samples.add(number(prefix + "." + i));
    }
    if (samples.count() == 0) {
      throw new IllegalStateException("the results have no " + prefix + ".1");
    }
    return samples;
  }

  /** A text file the run left in the results folder (a profile), or null. */
  String file(String name) throws IOException {
    Path file = folder.resolve(name);
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : null;
  }
}
