package org.jiis.testkit.nativebuild;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.net.URLConnection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Enumeration;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * The folders a Linux build of a generated module needs besides a JDK: jiis's test-double IIS
 * headers ({@code httpserv.h} and the headers it includes) and its minimal {@code windows.h}.
 * The testkit jar carries them under {@value #RESOURCE_ROOT} ({@code iis/} and {@code winshim/});
 * {@link #extractTo} copies them out for CMake.
 *
 * @param iisIncludeDir the folder of {@code httpserv.h}: CMake's {@code JIIS_IIS_INCLUDE_DIR}
 * @param winshimDir the folder of {@code windows.h}: CMake's {@code JIIS_WINSHIM_DIR}
 */
public record TestDoubleHeaders(Path iisIncludeDir, Path winshimDir) {

  static final String RESOURCE_ROOT = "META-INF/jiis/testkit/native";
  private static final String IIS = "iis";
  private static final String WINSHIM = "winshim";
  private static final String MARKER = RESOURCE_ROOT + "/" + IIS + "/httpserv.h";

  /**
   * Writes the headers under {@code directory} ({@code iis/}, {@code winshim/}). A file whose
   * content is already there is left alone, so its timestamp does not make CMake rebuild.
   *
   * @throws ModuleBuildException if the testkit's resources are missing or cannot be written
   */
  public static TestDoubleHeaders extractTo(Path directory) {
    Path root = directory.toAbsolutePath().normalize();
    try {
      for (Map.Entry<String, byte[]> file : read().entrySet()) {
        writeIfChanged(root.resolve(file.getKey()), file.getValue());
      }
    } catch (IOException e) {
      throw new ModuleBuildException(
          "Cannot write the test-double IIS headers to " + root + ": " + e.getMessage(), e);
    }
    return new TestDoubleHeaders(root.resolve(IIS), root.resolve(WINSHIM));
  }

  /** The {@code iis/} and {@code winshim/} files by relative path, from the jar or a classes folder. */
  private static Map<String, byte[]> read() throws IOException {
    URL marker = TestDoubleHeaders.class.getClassLoader().getResource(MARKER);
    if (marker == null) {
      throw new ModuleBuildException(
          "The test-double IIS headers are missing from the class path (no " + MARKER + "): use"
              + " the jiis-testkit jar as Maven builds it.");
    }
    Map<String, byte[]> files = new TreeMap<>();
    if (marker.getProtocol().equals("jar")) {
      readJar(marker, files);
    } else {
      try {
        readDirectory(Path.of(marker.toURI()).getParent().getParent(), files);
      } catch (URISyntaxException e) {
        throw new IllegalStateException("Unexpected resource URL " + marker, e);
      }
    }
    return files;
  }

  private static void readJar(URL marker, Map<String, byte[]> files) throws IOException {
    URLConnection connection = marker.openConnection();
    connection.setUseCaches(false);
    try (JarFile jar = ((JarURLConnection) connection).getJarFile()) {
      Enumeration<JarEntry> entries = jar.entries();
      while (entries.hasMoreElements()) {
        JarEntry entry = entries.nextElement();
        String relative = relativeName(entry.getName());
        if (!entry.isDirectory() && relative != null) {
          try (InputStream in = jar.getInputStream(entry)) {
            files.put(relative, in.readAllBytes());
          }
        }
      }
    }
  }

  private static void readDirectory(Path nativeRoot, Map<String, byte[]> files) throws IOException {
    try (Stream<Path> paths = Files.walk(nativeRoot)) {
      for (Path path : (Iterable<Path>) paths.filter(Files::isRegularFile)::iterator) {
        String relative =
            relativeName(RESOURCE_ROOT + "/" + nativeRoot.relativize(path).toString().replace('\\', '/'));
        if (relative != null) {
          files.put(relative, Files.readAllBytes(path));
        }
      }
    }
  }

  /** {@code iis/httpserv.h} for a resource of the two folders, {@code null} for any other. */
  private static String relativeName(String resource) {
    for (String folder : new String[] {IIS, WINSHIM}) {
      String prefix = RESOURCE_ROOT + "/" + folder + "/";
      if (resource.startsWith(prefix) && !resource.contains("..")) {
        return resource.substring(RESOURCE_ROOT.length() + 1);
      }
    }
    return null;
  }

  private static void writeIfChanged(Path target, byte[] content) throws IOException {
    if (Files.isRegularFile(target) && Arrays.equals(Files.readAllBytes(target), content)) {
      return;
    }
    Files.createDirectories(target.getParent());
    Files.write(target, content);
  }
}
