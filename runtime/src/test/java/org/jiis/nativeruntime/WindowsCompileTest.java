package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jiis.nativeruntime.NativeTools.Tool;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the runtime, including platform_win32.cpp, compiles for Windows: mingw-w64 for x64 and
 * x86, and clang -mrtd, which makes __stdcall the default like MSVC's /Gz (what Win32 module
 * builds use), so a callback the C library or the OS calls without its calling convention
 * spelled out fails to compile. Headers: the Linux JDK's jni.h with the Windows jni_md.h test
 * double from testkit, both as system headers; the runtime's own headers get no exemption.
 */
class WindowsCompileTest {

  private static final Path OUT = NativeBuild.OUTPUT.resolve("windows");

  private static Stream<DynamicTest> eachSource(String compiler, List<String> commandStart, boolean toObject) {
    Path out = NativeBuild.recreate(OUT.resolve(compiler));
    return NativeBuild.runtimeSources().stream().map(source -> DynamicTest.dynamicTest(
        compiler + " " + source.getFileName(), () -> {
          List<String> command = new ArrayList<>(commandStart);
          command.addAll(NativeBuild.windowsFlags());
          command.add(source.toString());
          if (toObject) {
            command.addAll(List.of("-c", "-o", out.resolve(source.getFileName() + ".o").toString()));
          }
          NativeTools.runSuccessfully(out, command);
        }));
  }

  @TestFactory
  Stream<DynamicTest> mingwX64CompilesEverySource() {
    return eachSource("mingw-x64", List.of(Tool.MINGW_X64_GXX.path()), true);
  }

  @TestFactory
  Stream<DynamicTest> mingwX86CompilesEverySource() {
    return eachSource("mingw-x86", List.of(Tool.MINGW_X86_GXX.path()), true);
  }

  @TestFactory
  Stream<DynamicTest> clangStdcallByDefaultCompilesEverySource() {
    return eachSource("clang-mrtd", clangMrtd(), false);
  }

  /** The check is only worth something if it catches the mistake it exists for. */
  @Test
  void clangStdcallByDefaultRejectsACdeclCallbackWithoutItsConvention() throws Exception {
    Path dir = NativeBuild.recreate(OUT.resolve("clang-mrtd-probe"));
    String body = "static int %s compare(const void* a, const void* b) {\n"
        + "  return *static_cast<const int*>(a) - *static_cast<const int*>(b);\n"
        + "}\n"
        + "void sort_ints(int* values, size_t count) { qsort(values, count, sizeof *values, &compare); }\n";
    Path unmarked = Files.writeString(dir.resolve("unmarked.cpp"), "#include <stdlib.h>\n" + body.formatted(""));
    Path marked = Files.writeString(dir.resolve("marked.cpp"), "#include <stdlib.h>\n" + body.formatted("__cdecl"));

    NativeTools.Result rejected = NativeTools.run(dir, clangSyntaxCheck(unmarked)).assertFailure();
    assertThat(rejected.output()).contains("qsort");
    NativeTools.runSuccessfully(dir, clangSyntaxCheck(marked));
  }

  private static List<String> clangMrtd() {
    return List.of(Tool.CLANGXX.path(), "--target=i686-w64-windows-gnu", "-mrtd", "-fsyntax-only");
  }

  private static List<String> clangSyntaxCheck(Path source) {
    List<String> command = new ArrayList<>(clangMrtd());
    command.addAll(List.of("-std=c++17", "-Wall", "-Wextra", "-Werror", source.toString()));
    return command;
  }
}
