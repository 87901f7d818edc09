package org.jiis.processor.property;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.TestDoubleHeaders;

/**
 * Checks that the C++ the processor generated for many modules is ASCII and compiles, with one g++ run
 * ({@code -fsyntax-only}, C++17, every warning an error, {@code UNICODE}), against the JDK's
 * {@code jni.h}, jiis's test-double IIS headers and Windows shim, and the runtime headers the
 * processor copied beside each module.
 */
final class GeneratedCppCheck {

  private GeneratedCppCheck() {}

  /**
   * Writes the native files ({@code jiis/<Name>/...} of the source output) under {@code directory}
   * and checks every generated {@code .cpp} of {@code modules}; fails with g++'s output and
   * {@code context}.
   */
  static void compiles(Map<String, byte[]> sourceOutputs, List<String> modules, Path directory, String context)
      throws IOException {
    for (Map.Entry<String, byte[]> file : sourceOutputs.entrySet()) {
      if (file.getKey().startsWith("jiis/")) {
        Path path = directory.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.write(path, file.getValue());
      }
    }
    assertOneRuntime(sourceOutputs, modules, context);
    TestDoubleHeaders headers = TestDoubleHeaders.extractTo(directory.resolve("headers"));
    Path javaHome = Path.of(System.getProperty("java.home"));
    List<String> command = new ArrayList<>(List.of(NativeTools.Tool.GXX.path().toString(),
        "-std=c++17", "-Wall", "-Wextra", "-Werror", "-fsyntax-only", "-DUNICODE", "-D_UNICODE",
        "-isystem", javaHome.resolve("include").toString(),
        "-isystem", javaHome.resolve("include/linux").toString(),
        "-I", headers.iisIncludeDir().toString(),
        "-I", headers.winshimDir().toString(),
        "-I", directory.resolve("jiis").resolve(modules.get(0)).resolve("runtime/include").toString()));
    for (String module : modules) {
      for (String source : List.of(module + "Module.cpp", module + "Jni.cpp")) {
        byte[] bytes = sourceOutputs.get("jiis/" + module + "/" + source);
        assertWithMessage("%s: %s is ASCII", context, source).that(isAscii(bytes)).isTrue();
        command.add(directory.resolve("jiis").resolve(module).resolve(source).toString());
      }
    }
    NativeTools.Result result = NativeTools.run(directory, command);
    assertWithMessage("%s\n%s", context, result.describe("g++ rejected the generated C++"))
        .that(result.exitCode()).isEqualTo(0);
  }

  /**
   * Every module carries the same copy of the runtime headers, so one {@code -I} serves them all in
   * a single g++ run.
   */
  private static void assertOneRuntime(Map<String, byte[]> sourceOutputs, List<String> modules, String context) {
    Map<String, String> first = runtimeHeaders(sourceOutputs, modules.get(0));
    assertWithMessage("%s: runtime headers of %s", context, modules.get(0)).that(first).isNotEmpty();
    for (String module : modules) {
      assertWithMessage("%s: runtime headers of %s", context, module)
          .that(runtimeHeaders(sourceOutputs, module)).isEqualTo(first);
    }
  }

  private static boolean isAscii(byte[] bytes) {
    for (byte b : bytes) {
      if (b < 0) {
        return false;
      }
    }
    return true;
  }

  private static Map<String, String> runtimeHeaders(Map<String, byte[]> sourceOutputs, String module) {
    String prefix = "jiis/" + module + "/runtime/include/";
    Map<String, String> headers = new TreeMap<>();
    sourceOutputs.forEach((path, bytes) -> {
      if (path.startsWith(prefix)) {
        headers.put(path.substring(prefix.length()), new String(bytes, StandardCharsets.UTF_8));
      }
    });
    return headers;
  }
}
