package org.jiis.bench.tools;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Timings of one measurement, with the statistics the results report. */
final class Samples {

  private final List<Double> values = new ArrayList<>();

  void add(double value) {
    values.add(value);
  }

  int count() {
    return values.size();
  }

  double median() {
    if (values.isEmpty()) {
      throw new IllegalStateException("no samples");
    }
    List<Double> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    int middle = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(middle) : (sorted.get(middle - 1) + sorted.get(middle)) / 2;
  }

  double min() {
    return Collections.min(values);
  }

  double max() {
    return Collections.max(values);
  }

  /** The sample added last. */
  double last() {
    return values.get(values.size() - 1);
  }

  /** The samples in measuring order, {@code "12.3 11.9 ..."}. */
  String list() {
    return values.stream().map(v -> String.format(Locale.ROOT, "%.1f", v)).collect(Collectors.joining(" "));
  }
}
