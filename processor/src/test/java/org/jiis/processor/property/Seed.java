package org.jiis.processor.property;

import java.util.Random;

/**
 * The seed of a generated test: fixed by default so that every run checks the same inputs, and
 * overridable with {@code -Djiis.seed=<n>} (for example {@code mvn -pl processor test
 * -Dtest='Random*' -Djiis.seed=42}) to explore others or replay a failure. Failure messages name it.
 */
final class Seed {

  static final String PROPERTY = "jiis.seed";
  private static final long DEFAULT = 20_240_611L;

  private Seed() {}

  static long value() {
    return Long.getLong(PROPERTY, DEFAULT);
  }

  static Random random() {
    return new Random(value());
  }

  /** Names the seed in a failure message: {@code seed 20240611 (rerun with -Djiis.seed=20240611)}. */
  static String describe() {
    return "seed " + value() + " (rerun with -D" + PROPERTY + "=" + value() + ")";
  }
}
