package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Rules the runtime's sources must keep, checked on the text. */
class SourceRulesTest {

  private static final Pattern ANGLE_INCLUDE = Pattern.compile("(?m)^\\s*#\\s*include\\s*<([^>]+)>");

  /**
   * No C++ standard library headers except {@code <new>}: only C headers, OS headers and jni.h,
   * which all end in ".h". This is what lets the module build without the C++ library's
   * headers (and what the clang -mrtd check relies on).
   */
  @Test
  void includesOnlyCAndOsHeadersAndNew() throws IOException {
    List<String> violations = new ArrayList<>();
    try (Stream<Path> files = Files.walk(NativeBuild.RUNTIME_NATIVE)) {
      for (Path file : files.filter(f -> f.toString().matches(".*\\.(h|cpp)$")).sorted().toList()) {
        Matcher include = ANGLE_INCLUDE.matcher(Files.readString(file));
        while (include.find()) {
          String header = include.group(1);
          if (!header.endsWith(".h") && !header.equals("new")) {
            violations.add(NativeBuild.RUNTIME_NATIVE.relativize(file) + ": <" + header + ">");
          }
        }
      }
    }
    assertWithMessage("C++ standard library headers in the runtime").that(violations).isEmpty();
  }
}
