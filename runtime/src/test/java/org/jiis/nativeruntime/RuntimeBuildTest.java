package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiis.nativeruntime.NativeTools.Tool;
import org.junit.jupiter.api.Test;

/** The runtime as module builds consume it: its CMake project, and what a module library exports. */
class RuntimeBuildTest {

  @Test
  void theCmakeProjectBuildsTheRuntimeLibrary() {
    Path build = NativeBuild.recreate(NativeBuild.OUTPUT.resolve("cmake"));
    NativeTools.runSuccessfully(build, List.of(Tool.CMAKE.path(), "-S", NativeBuild.RUNTIME_NATIVE.toString(),
        "-B", build.toString(), "-DJIIS_JAVA_HOME=" + NativeBuild.javaHome()));
    NativeTools.runSuccessfully(build, List.of(Tool.CMAKE.path(), "--build", build.toString(), "-j", "2"));
    assertThat(Files.isRegularFile(build.resolve("libjiis_runtime.a"))).isTrue();
  }

  /** -fvisibility=hidden: a module library exports only what the module itself marks. */
  @Test
  void aModuleLibraryExportsNothingOfTheRuntime() {
    NativeBuild build = NativeBuild.get();
    NativeTools.Result symbols = NativeTools.runSuccessfully(build.alpha.getParent(),
        List.of(Tool.NM.path(), "-D", "--defined-only", "--format=just-symbols", build.alpha.toString()));
    List<String> exported = symbols.output().lines().filter(s -> !s.isBlank()).sorted().toList();
    assertThat(exported).containsExactly(
        "test_module_active", "test_module_dispatch", "test_module_resume", "test_module_start",
        "test_module_stop");
  }
}
