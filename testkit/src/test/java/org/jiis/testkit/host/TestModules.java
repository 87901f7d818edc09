package org.jiis.testkit.host;

import java.nio.file.Path;
import java.util.List;

/**
 * The native test fixtures of {@code src/test/native/host}, built once per test JVM with the
 * machine's CMake: the hand-written test module and a shared object without RegisterModule.
 */
final class TestModules {

  private static final Path SOURCES = Path.of("src/test/native/host").toAbsolutePath();
  private static final Path BUILD = Path.of("target/native-test/host").toAbsolutePath();
  private static boolean built;

  private TestModules() {}

  /** The test module (see the comment at the top of test_module.cpp for its behaviours). */
  static Path testModule() {
    return built("test_module.so");
  }

  /** A shared object that exports no RegisterModule. */
  /** The module subscribing to every notification but the cache ones (notifications_module.cpp). */
  static Path notificationsModule() {
    return built("notifications_module.so");
  }

  static Path noEntryPoint() {
    return built("no_entry_point.so");
  }

  private static synchronized Path built(String library) {
    if (!built) {
      CMakeBuild.build(SOURCES, BUILD, List.of());
      built = true;
    }
    return BUILD.resolve(library);
  }
}
