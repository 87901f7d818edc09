package org.jiis.testkit.headers;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiis.GlobalEvent;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Result;
import org.jiis.testkit.nativebuild.NativeTools.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A global module written like the Microsoft samples ({@code src/test/native/headers}) compiles
 * against the test-double headers, warning-free, with every compiler jiis targets: g++ on Linux
 * (with the winshim, and run), mingw-w64 for x64 and x86 (linked into a DLL exporting
 * {@code RegisterModule} undecorated), and clang with {@code -mrtd}, the {@code /Gz} model.
 */
class IisHeaderCompileTest {
  private static final List<String> STRICT_CXX17 =
      List.of("-std=c++17", "-Wall", "-Wextra", "-Werror", "-DUNICODE", "-D_UNICODE");

  @TempDir Path work;

  @Test
  void linuxGxxBuildsAndRunsTheSampleModule() {
    Path driver = work.resolve("sample-driver");
    List<String> compile = command(Tool.GXX);
    compile.add("-I" + NativeHeaderPaths.winshim());
    compile.add("-I" + NativeHeaderPaths.iisHeaders());
    compile.add(source("sample_global_module.cpp"));
    compile.add(source("linux_driver.cpp"));
    compile.addAll(List.of("-o", driver.toString()));
    NativeTools.runSuccessfully(work, compile);

    Result run = NativeTools.runSuccessfully(work, List.of(driver.toString()));

    assertWithMessage(run.describe("driver output")).that(run.output()).contains("all checks passed");
    for (GlobalEvent event : GlobalEvent.values()) {
      assertWithMessage(run.describe("default body message for " + event.constantName()))
          .that(run.output())
          .contains("CGlobalModule::" + event.moduleMethod()
              + " default body: the module subscribed to " + event.constantName() + " ");
    }
  }

  @Test
  void mingwX64LinksTheSampleModuleIntoADll() {
    Path dll = linkSampleDll(Tool.MINGW_X64_GXX, List.of());

    assertWithMessage("exports of " + dll).that(exportedNames(Tool.MINGW_X64_OBJDUMP, dll))
        .containsExactly("RegisterModule");
  }

  /** On x86 the .def names the stdcall symbol RegisterModule@12; the fixup maps it silently. */
  @Test
  void mingwX86LinksTheSampleModuleIntoADll() {
    Path dll = linkSampleDll(Tool.MINGW_X86_GXX, List.of("-Wl,--enable-stdcall-fixup"));

    assertWithMessage("exports of " + dll).that(exportedNames(Tool.MINGW_X86_OBJDUMP, dll))
        .containsExactly("RegisterModule");
  }

  @Test
  void clangWithMrtdAcceptsTheSampleModule() {
    NativeTools.runSuccessfully(work, clangMrtdSyntaxCheck("sample_global_module.cpp"));
  }

  /** The PFN_REGISTERMODULE assertion of the sample has teeth: without WINAPI, x86 rejects it. */
  @Test
  void registerModuleWithoutWinapiIsRejectedOnX86Only() {
    Result x86 = NativeTools.run(work, mingwSyntaxCheck(Tool.MINGW_X86_GXX, "register_module_without_winapi.cpp"))
        .assertFailure();
    assertWithMessage(x86.describe("i686 diagnostic")).that(x86.output())
        .contains("RegisterModule must have the exact PFN_REGISTERMODULE type");

    NativeTools.runSuccessfully(work, mingwSyntaxCheck(Tool.MINGW_X64_GXX, "register_module_without_winapi.cpp"));
  }

  private Path linkSampleDll(Tool mingwGxx, List<String> linkerOptions) {
    Path dll = work.resolve("sample_global_module.dll");
    List<String> link = command(mingwGxx);
    link.add("-I" + NativeHeaderPaths.iisHeaders());
    link.add("-shared");
    link.add(source("sample_global_module.cpp"));
    link.add(source("sample_global_module.def"));
    link.addAll(linkerOptions);
    link.addAll(List.of("-o", dll.toString()));
    Result result = NativeTools.runSuccessfully(work, link);
    assertWithMessage(result.describe("compiler and linker must be silent")).that(result.output()).isEmpty();
    return dll;
  }

  private List<String> mingwSyntaxCheck(Tool mingwGxx, String sourceName) {
    List<String> check = command(mingwGxx);
    check.add("-I" + NativeHeaderPaths.iisHeaders());
    check.add("-fsyntax-only");
    check.add(source(sourceName));
    return check;
  }

  private List<String> clangMrtdSyntaxCheck(String sourceName) {
    List<String> check = new ArrayList<>();
    check.add(Tool.CLANGXX.path().toString());
    check.addAll(List.of("--target=i686-w64-windows-gnu", "-mrtd", "-fsyntax-only"));
    check.addAll(STRICT_CXX17);
    for (Path directory : NativeTools.mingwCxxIncludeDirs(Tool.MINGW_X86_GXX)) {
      check.addAll(List.of("-stdlib++-isystem", directory.toString()));
    }
    check.add("-I" + NativeHeaderPaths.iisHeaders());
    check.add(source(sourceName));
    return check;
  }

  /** The names in the export table that {@code objdump -p} prints for a PE image. */
  private List<String> exportedNames(Tool objdump, Path image) {
    Result dump = NativeTools.runSuccessfully(work, List.of(objdump.path().toString(), "-p", image.toString()));
    List<String> names = new ArrayList<>();
    boolean inTable = false;
    for (String line : dump.output().split("\n")) {
      if (line.contains("[Ordinal/Name Pointer] Table")) {
        inTable = true;
      } else if (inTable && line.isBlank()) {
        break;
      } else if (inTable) {
        names.add(line.replaceFirst("^\\s*\\[\\s*\\d+\\]\\s*", "").trim());
      }
    }
    return names;
  }

  private static List<String> command(Tool compiler) {
    List<String> command = new ArrayList<>();
    command.add(compiler.path().toString());
    command.addAll(STRICT_CXX17);
    return command;
  }

  private static String source(String name) {
    return NativeHeaderPaths.headerTestSources().resolve(name).toString();
  }
}
