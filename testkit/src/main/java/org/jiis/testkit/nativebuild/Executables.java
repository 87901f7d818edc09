package org.jiis.testkit.nativebuild;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds programs the way a shell does: a name with a slash as given, any other on the PATH. */
final class Executables {

  private Executables() {}

  static Optional<Path> find(String executable) {
    if (executable.contains(File.separator)) {
      Path given = Path.of(executable);
      return isExecutableFile(given) ? Optional.of(given.toAbsolutePath()) : Optional.empty();
    }
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    for (String directory : path.split(File.pathSeparator)) {
      if (!directory.isEmpty()) {
        Path candidate = Path.of(directory, executable);
        if (isExecutableFile(candidate)) {
          return Optional.of(candidate);
        }
      }
    }
    return Optional.empty();
  }

  /** "cmake was not found on the PATH; install the Debian package cmake (apt-get install -y cmake)". */
  static String missing(String executable, String debianPackage) {
    return executable + " was not found on the PATH; install the Debian package " + debianPackage
        + " (apt-get install -y " + debianPackage + ")";
  }

  private static boolean isExecutableFile(Path candidate) {
    return Files.isRegularFile(candidate) && Files.isExecutable(candidate);
  }
}
