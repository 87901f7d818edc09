package org.jiis.testkit.host;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;

/**
 * Finds the {@code jiis-host} executable: the one named by {@value #BINARY_PROPERTY} (or the
 * environment variable {@code JIIS_HOST_BINARY}), otherwise one built from the sources in the
 * testkit jar. A build is made once per version of the sources, in the cache directory ({@value
 * #CACHE_PROPERTY}, the environment variable {@code JIIS_HOST_CACHE}, or {@code
 * ~/.cache/jiis/host}), under a file lock so that parallel test JVMs build it only once.
 */
final class HostBinary {

  static final String BINARY_PROPERTY = "jiis.host.binary";
  static final String CACHE_PROPERTY = "jiis.host.cache";

  private static Path binary;

  private HostBinary() {}

  static synchronized Path get() {
    if (binary == null) {
      binary = locate();
    }
    return binary;
  }

  private static Path locate() {
    String prebuilt = setting(BINARY_PROPERTY, "JIIS_HOST_BINARY");
    if (prebuilt != null) {
      Path path = Paths.get(prebuilt).toAbsolutePath();
      if (!Files.isRegularFile(path) || !Files.isExecutable(path)) {
        throw new HostSimulatorException(
            BINARY_PROPERTY + " / JIIS_HOST_BINARY names " + path
                + ", which is not an executable file; build jiis-host or unset it to let the "
                + "testkit build one.");
      }
      return path;
    }
    String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    if (!os.contains("linux")) {
      throw new HostSimulatorException(
          "jiis-host, the IIS host simulator, runs on Linux only (this is " + os + ").");
    }
    NativeSources sources = NativeSources.load();
    Path directory = cacheRoot().resolve(sources.digest());
    Path executable = directory.resolve("build").resolve("jiis-host");
    Path built = directory.resolve("built");
    try {
      Files.createDirectories(directory);
      try (FileChannel channel = FileChannel.open(directory.resolve("lock"),
              StandardOpenOption.CREATE, StandardOpenOption.WRITE);
          FileLock lock = channel.lock()) {
        if (!Files.exists(built) || !Files.isExecutable(executable)) {
          Path sourceRoot = directory.resolve("native");
          sources.writeTo(sourceRoot);
          CMakeBuild.build(sourceRoot.resolve("host"), directory.resolve("build"), List.of());
          Files.writeString(built, executable.toString());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot prepare the jiis-host build in " + directory, e);
    }
    return executable;
  }

  /** The directory holding one build per source digest. */
  static Path cacheRoot() {
    String configured = setting(CACHE_PROPERTY, "JIIS_HOST_CACHE");
    if (configured != null) {
      return Paths.get(configured).toAbsolutePath();
    }
    String xdg = System.getenv("XDG_CACHE_HOME");
    Path base =
        xdg != null && !xdg.isBlank()
            ? Paths.get(xdg)
            : Paths.get(System.getProperty("user.home"), ".cache");
    return base.resolve("jiis").resolve("host").toAbsolutePath();
  }

  private static String setting(String property, String environmentVariable) {
    String value = System.getProperty(property);
    if (value == null || value.isBlank()) {
      value = System.getenv(environmentVariable);
    }
    return value == null || value.isBlank() ? null : value;
  }
}
