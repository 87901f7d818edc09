package org.jiis.testkit.headers;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Where the test-double headers, their test sources and the IIS reference live. */
final class NativeHeaderPaths {
  private NativeHeaderPaths() {}

  /** The testkit module directory (Surefire's {@code basedir}, else the working directory). */
  static Path testkitDir() {
    Path dir = Path.of(System.getProperty("basedir", System.getProperty("user.dir"))).toAbsolutePath();
    if (!Files.isRegularFile(dir.resolve("src/main/native/iis/httpserv.h"))) {
      fail("run the tests from the testkit module: no src/main/native/iis/httpserv.h under " + dir);
    }
    return dir;
  }

  static Path iisHeaders() {
    return testkitDir().resolve("src/main/native/iis");
  }

  static Path winshim() {
    return testkitDir().resolve("src/main/native/winshim");
  }

  static Path headerTestSources() {
    return testkitDir().resolve("src/test/native/headers");
  }

  /** {@code ../shared/reference/iis-native-api.md}, relative to the repository root. */
  static Path reference() {
    return testkitDir().getParent().resolve("../shared/reference/iis-native-api.md").normalize();
  }

  /**
   * The reference's text. Where it is absent the test fails on CI ({@code CI=true}) and is skipped
   * elsewhere, since the reference lives outside the repository.
   */
  static String readReference() {
    Path reference = reference();
    if (!Files.isRegularFile(reference)) {
      String message = "the IIS reference is not at " + reference
          + " (expected at ../shared/reference/iis-native-api.md beside the repository)";
      if ("true".equals(System.getenv("CI"))) {
        fail(message);
      }
      assumeTrue(false, message + "; skipping the conformance check outside CI");
    }
    return read(reference);
  }

  static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + file, e);
    }
  }
}
