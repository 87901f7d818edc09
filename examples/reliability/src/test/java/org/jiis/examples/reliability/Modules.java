package org.jiis.examples.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import org.jiis.GlobalModule;
import org.jiis.testkit.nativebuild.ModuleSettings;

/**
 * The reliability modules as the Maven build made them (see the pom: the native build runs before
 * the integration tests), and their settings for a test run.
 */
final class Modules {

  /** Set by the pom for failsafe: the folder the native build writes {@code <Name>.so} to. */
  private static final String NATIVE_DIR_PROPERTY = "jiis.native.dir";

  static final String FAULTY_HANDLERS = "FaultyHandlers";
  static final String MIXED_LOAD = "MixedLoad";

  private Modules() {}

  /**
   * Settings that start a JVM from the running JDK with the modules' classes and the jiis runtime
   * on the class path, {@code startup.failure = fail}.
   */
  static ModuleSettings settings() {
    return ModuleSettings.forTestRun().classPathOf(FaultyHandlers.class, GlobalModule.class);
  }

  /** Copies module {@code name} into {@code folder} with {@link #settings()} beside it. */
  static Path install(String name, Path folder) {
    return settings().installCopy(library(name), folder);
  }

  /**
   * The library of module {@code name}.
   *
   * @throws IllegalStateException if the native build did not run, saying how to run it
   */
  static Path library(String name) {
    Path library = Path.of(requiredProperty(NATIVE_DIR_PROPERTY), name + ".so");
    if (!Files.isRegularFile(library)) {
      throw new IllegalStateException(
          "No " + library + ": the native build before the integration tests did not make it;"
              + " run mvn verify and look for its output (build-native-modules).");
    }
    return library;
  }

  /** A system property the pom sets for failsafe. */
  static String requiredProperty(String name) {
    String value = System.getProperty(name);
    if (value == null || value.isBlank()) {
      throw new IllegalStateException(
          "The system property " + name + " is not set: run the integration tests with Maven"
              + " (mvn verify in examples/reliability), which sets it.");
    }
    return value;
  }
}
