package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs the runtime's C++ unit test programs (src/test/native/*_test.cpp). */
class NativeUnitTest {

  /** Also parses template.jiis.properties, the file the generator copies beside every module. */
  @Test
  void settingsParsing() {
    runProgram(NativeBuild.get().settingsTest, "settings_test",
        NativeBuild.RUNTIME_NATIVE.resolve("template.jiis.properties").toString());
  }

  @Test
  void stringsAndUnicodeConversions() {
    runProgram(NativeBuild.get().textTest, "text_test");
  }

  private static void runProgram(Path program, String name, String... arguments) {
    List<String> command = new ArrayList<>(List.of(program.toString()));
    command.addAll(List.of(arguments));
    NativeTools.Result result = NativeTools.runSuccessfully(program.getParent(), command);
    assertThat(result.output()).contains(name + ": all checks passed");
  }
}
