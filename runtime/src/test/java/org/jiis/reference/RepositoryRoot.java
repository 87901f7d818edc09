package org.jiis.reference;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

/** Finds the jiis repository root from a directory inside it. */
final class RepositoryRoot {

  private static final Pattern PARENT_ELEMENT = Pattern.compile("(?s)<parent>.*?</parent>");
  private static final String ROOT_ARTIFACT = "<artifactId>jiis-parent</artifactId>";

  private RepositoryRoot() {}

  /**
   * The nearest directory at or above {@code start} that holds {@code .ci/} or the pom.xml of
   * {@code jiis-parent} itself (not a module pom naming it as parent), or {@code null}.
   */
  static Path find(Path start) {
    for (Path dir = start; dir != null; dir = dir.getParent()) {
      if (Files.isDirectory(dir.resolve(".ci")) || isRootPom(dir.resolve("pom.xml"))) {
        return dir;
      }
    }
    return null;
  }

  private static boolean isRootPom(Path pom) {
    if (!Files.isRegularFile(pom)) {
      return false;
    }
    try {
      String ownElements = PARENT_ELEMENT.matcher(Files.readString(pom)).replaceAll("");
      return ownElements.contains(ROOT_ARTIFACT);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + pom, e);
    }
  }
}
