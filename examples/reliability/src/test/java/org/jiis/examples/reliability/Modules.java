package org.jiis.examples.reliability;

import java.nio.file.Path;
import org.jiis.GlobalModule;
import org.jiis.testkit.nativebuild.BuiltModules;
import org.jiis.testkit.nativebuild.ModuleSettings;

/**
 * The reliability modules as the Maven build made them (see the pom: the native build runs before
 * the integration tests), and their settings for a test run.
 */
final class Modules {

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
    return settings().installCopy(BuiltModules.library(name), folder);
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
