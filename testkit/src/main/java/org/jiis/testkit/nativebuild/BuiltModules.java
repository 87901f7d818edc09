package org.jiis.testkit.nativebuild;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The module libraries a Maven build made with {@link BuildModules} before its integration tests:
 * the pom passes the output folder to failsafe as the system property {@value #NATIVE_DIR_PROPERTY}
 * (see the {@code build-native-modules} execution of the jiis examples).
 */
public final class BuiltModules {

  /** The system property naming the folder {@link BuildModules} wrote {@code <Name>.so} to. */
  public static final String NATIVE_DIR_PROPERTY = "jiis.native.dir";

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
