package org.jiis.testkit.host;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Enumeration;
import java.util.HexFormat;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The testkit's native sources ({@code testkit/src/main/native}: {@code host/}, {@code iis/},
 * {@code winshim/}), which the testkit jar carries as resources under {@value #RESOURCE_ROOT}.
 */
final class NativeSources {

  static final String RESOURCE_ROOT = "META-INF/jiis/testkit/native";
  private static final String MARKER = RESOURCE_ROOT + "/host/CMakeLists.txt";

  private final Map<String, byte[]> files;

  private NativeSources(Map<String, byte[]> files) {
    this.files = files;
  }

  /** Reads every file under the resource root, from the testkit jar or its classes directory. */
  static NativeSources load() {
    URL marker = NativeSources.class.getClassLoader().getResource(MARKER);
    if (marker == null) {
      throw new HostSimulatorException(
          "The jiis-host sources are missing from the class path (no " + MARKER + "): use the "
              + "jiis-testkit jar as built by Maven, or set -D" + HostBinary.BINARY_PROPERTY
              + " to a built jiis-host.");
    }
    Map<String, byte[]> files = new TreeMap<>();
    try {
      if (marker.getProtocol().equals("jar")) {
        readJar(marker, files);
      } else {
        readDirectory(Paths.get(marker.toURI()).getParent().getParent(), files);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the jiis-host sources from " + marker, e);
    } catch (URISyntaxException e) {
      throw new IllegalStateException("Unexpected resource URL " + marker, e);
    }
    return new NativeSources(files);
  }

  private static void readJar(URL marker, Map<String, byte[]> files) throws IOException {
    URLConnection connection = marker.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      String prefix = RESOURCE_ROOT + "/";
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        if (!entry.isDirectory() && entry.getName().startsWith(prefix)) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(entry.getName().substring(prefix.length()), in.readAllBytes());
          }
        }
      }
    }
  }

  private static void readDirectory(Path root, Map<String, byte[]> files) throws IOException {
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        files.put(root.relativize(path).toString().replace('\\', '/'), Files.readAllBytes(path));
      }
    }
  }

  /** A digest of every file's name and content: equal sources, equal digest. */
  String digest() {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      for (Map.Entry<String, byte[]> file : files.entrySet()) {
        sha.update(file.getKey().getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(Integer.toString(file.getValue().length).getBytes(StandardCharsets.UTF_8));
        sha.update((byte) 0);
        sha.update(file.getValue());
      }
      return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is missing from this JVM", e);
    }
  }

  /** Writes the files under {@code directory}, keeping their relative paths. */
  void writeTo(Path directory) throws IOException {
    for (Map.Entry<String, byte[]> file : files.entrySet()) {
      Path target = directory.resolve(file.getKey()).normalize();
      if (!target.startsWith(directory)) {
        throw new IOException("Resource path escapes the source directory: " + file.getKey());
      }
      Files.createDirectories(target.getParent());
      Files.write(target, file.getValue());
    }
  }
}
