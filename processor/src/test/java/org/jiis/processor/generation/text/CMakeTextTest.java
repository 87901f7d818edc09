package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.jiis.testkit.nativebuild.NativeTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CMakeTextTest {

  private static final List<String> VALUES = List.of(
      "TokenCacheAudit.cpp",
      "quote \" backslash \\ dollar ${HOME} $ENV{PATH} at @x@",
      "line\nreturn\r tab\t end",
      "caf\u00E9 \u6A21\u5757 \uD835\uDCB3",
      "hash # paren ( ) [[bracket]] [=[ x ]=]");

  @Test
  void cmakeReadsTheValuesBackUnchanged(@TempDir Path directory) throws IOException {
    String cmake = NativeTools.locate("cmake", "cmake").toString();
    StringBuilder script = new StringBuilder();
    for (int i = 0; i < VALUES.size(); i++) {
      script.append("set(value ").append(CMakeText.quoted(VALUES.get(i))).append(")\n")
          .append("file(WRITE \"${CMAKE_CURRENT_LIST_DIR}/value").append(i).append(".txt\" \"${value}\")\n");
    }
    Files.writeString(directory.resolve("read.cmake"), script, StandardCharsets.UTF_8);

    NativeTools.runSuccessfully(directory, List.of(cmake, "-P", "read.cmake"));

    for (int i = 0; i < VALUES.size(); i++) {
      assertThat(Files.readString(directory.resolve("value" + i + ".txt"), StandardCharsets.UTF_8))
          .isEqualTo(VALUES.get(i));
    }
  }

  @Test
  void specialCharactersAreEscaped() {
    assertThat(CMakeText.quoted("a\"b\\c$d\ne")).isEqualTo("\"a\\\"b\\\\c\\$d\\ne\"");
  }

  @Test
  void semicolonsAndOtherControlCharactersAreRefused() {
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> CMakeText.quoted("a;b.cpp"));
    assertThat(error).hasMessageThat().contains("U+003B");
    assertThrows(IllegalArgumentException.class, () -> CMakeText.quoted("a\u0001b"));
  }
}
