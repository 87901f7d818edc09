package org.jiis.examples.serverwatch;

import java.nio.file.Files;
import java.nio.file.Path;

/** The module libraries the Maven build made before the integration tests (see the pom). */
public final class BuiltModules {

  /** Set by the pom for failsafe: the folder the native build writes {@code <Name>.so} to. */
  private static final String NATIVE_DIR_PROPERTY = "jiis.native.dir";

  private BuiltModules() {}

  /**
   * The library of module {@code name}.
   *
   * @throws IllegalStateException if the native build did not run, saying how to run it
   */
  public static Path library(String name) {
    String directory = System.getProperty(NATIVE_DIR_PROPERTY);
    if (directory == null || directory.isBlank()) {
      throw new IllegalStateException(
          "The system property " + NATIVE_DIR_PROPERTY + " is not set: run the integration tests"
              + " with Maven (mvn verify), which builds the native modules first.");
    }
    Path library = Path.of(directory, name + ".so");
    if (!Files.isRegularFile(library)) {
      throw new IllegalStateException(
          "No " + library + ": the native build before the integration tests did not make it;"
              + " run mvn verify and look for its output (build-native-modules).");
    }
    return library;
  }
}
