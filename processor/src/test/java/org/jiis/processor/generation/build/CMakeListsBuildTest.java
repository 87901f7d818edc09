package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;

import org.jiis.testkit.nativebuild.NativeTools;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.model.ModuleModel;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Runs CMake on a generated CMakeLists.txt: a Linux build and MinGW builds for x64 and x86, of a
 * small stand-in module and runtime whose sources fail to compile on the wrong platform and whose
 * only export must be {@code RegisterModule}. (The real generated module and runtime are built by
 * the end-to-end tests.)
 */
class CMakeListsBuildTest {

  private static final ModuleModel MODULE = TestModules.named("Sample");

  private static final Map<String, String> RUNTIME = Map.of(
      "include/jiis/runtime.h", """
          #ifndef JIIS_RUNTIME_H
          #define JIIS_RUNTIME_H
          #if defined(_WIN32)
          #define JIIS_EXPORT
          #else
          #define JIIS_EXPORT __attribute__((visibility("default")))
          #endif
          int jiis_platform_id();
          int jiis_common_value();
          #endif
          """,
      "src/common.h", "int jiis_common_twice(int value);\n",
      "src/common.cpp", """
          #include "common.h"
          #include "jiis/runtime.h"
          int jiis_common_twice(int value) { return 2 * value; }
          int jiis_common_value() { return jiis_common_twice(21); }
          """,
      "src/platform_posix.cpp", """
          #ifdef _WIN32
          #error the POSIX layer must not be built for Windows
          #endif
          #include "jiis/runtime.h"
          int jiis_platform_id() { return 1; }
          """,
      "src/platform_win32.cpp", """
          #ifndef _WIN32
          #error the Win32 layer must be built only for Windows
          #endif
          #include "jiis/runtime.h"
          int jiis_platform_id() { return 2; }
          """);

  private static final String MODULE_SOURCE = """
      #include <windows.h>
      #include <httpserv.h>
      #include <jni.h>
      #include "jiis/runtime.h"
      #ifndef JIIS_TEST_DOUBLE_HTTPSERV
      #error JIIS_IIS_INCLUDE_DIR was not on the include path
      #endif
      extern "C" JIIS_EXPORT HRESULT WINAPI RegisterModule(DWORD version, void* info, void* server) {
        (void)info;
        (void)server;
        return static_cast<HRESULT>(version) + jiis_platform_id() + jiis_common_value();
      }
      """;

  @TempDir
  static Path work;

  private static Path module;
  private static Path iisHeaders;
  private static Path winshim;
  private static Path jniWin32;

  @BeforeAll
  static void writeModule() throws IOException {
    module = Files.createDirectories(work.resolve("Sample"));
    List<FileContent> files = new ArrayList<>(new BuildFiles(
        TestModules.packagedRuntime(work.resolve("jar"), RUNTIME, TestModules.SETTINGS_TEMPLATE)).generate(MODULE));
    ModuleFiles names = ModuleFiles.of(MODULE);
    files.add(new FileContent(names.moduleSource(), MODULE_SOURCE.getBytes(StandardCharsets.UTF_8)));
    files.add(new FileContent(names.jniSource(),
        "#include \"jiis/runtime.h\"\nint sample_jni_value() { return jiis_common_value(); }\n"
            .getBytes(StandardCharsets.UTF_8)));
    for (FileContent file : files) {
      Path path = module.resolve(file.path());
      Files.createDirectories(path.getParent());
      Files.write(path, file.bytes());
    }
    iisHeaders = Files.createDirectories(work.resolve("iis"));
    Files.writeString(iisHeaders.resolve("httpserv.h"), "#define JIIS_TEST_DOUBLE_HTTPSERV 1\n");
    winshim = Files.createDirectories(work.resolve("winshim"));
    Files.writeString(winshim.resolve("windows.h"),
        "typedef long HRESULT;\ntypedef unsigned long DWORD;\n#define WINAPI\n");
    jniWin32 = Files.createDirectories(work.resolve("jni-win32"));
    Files.writeString(jniWin32.resolve("jni_md.h"), """
        #define JNIEXPORT __declspec(dllexport)
        #define JNIIMPORT __declspec(dllimport)
        #define JNICALL __stdcall
        typedef int jint;
        typedef long long jlong;
        typedef signed char jbyte;
        """);
  }

  @Test
  void linuxBuildIsAHiddenVisibilityCxx17LibraryExportingRegisterModule() throws IOException {
    String cmake = NativeTools.locate("cmake", "cmake").toString();
    Path build = work.resolve("build-linux");
    NativeTools.runSuccessfully(work, List.of(cmake, "-S", module.toString(), "-B", build.toString(),
        "-DJIIS_JAVA_HOME=" + System.getProperty("java.home"),
        "-DJIIS_IIS_INCLUDE_DIR=" + iisHeaders, "-DJIIS_WINSHIM_DIR=" + winshim,
        "-DCMAKE_EXPORT_COMPILE_COMMANDS=ON"));
    NativeTools.runSuccessfully(work, List.of(cmake, "--build", build.toString()));

    Path library = build.resolve("Sample.so");
    assertThat(Files.exists(library)).isTrue();
    String exported = NativeTools.runSuccessfully(work,
        List.of(NativeTools.locate("nm", "binutils").toString(), "-D", "--defined-only", library.toString())).output();
    assertThat(exported).containsMatch("(?m) T RegisterModule$");
    assertThat(exported).doesNotContain("jiis_");
    String commands = Files.readString(build.resolve("compile_commands.json"));
    assertThat(commands).contains("-std=c++17");
    assertThat(commands).contains("-fvisibility=hidden");
    assertThat(commands).contains("-Wall -Wextra -Werror");
    assertThat(commands).contains("-isystem " + System.getProperty("java.home") + "/include");
  }

  @ParameterizedTest
  @ValueSource(strings = {"x86_64", "i686"})
  void mingwBuildIsAStandaloneDllExportingRegisterModuleUndecorated(String architecture) {
    String compiler = NativeTools.locate(architecture + "-w64-mingw32-g++",
        "g++-mingw-w64-" + architecture.replace('_', '-')).toString();
    String objdump = NativeTools.locate(architecture + "-w64-mingw32-objdump",
        "binutils-mingw-w64-" + architecture.replace('_', '-')).toString();
    String cmake = NativeTools.locate("cmake", "cmake").toString();
    Path build = work.resolve("build-" + architecture);
    NativeTools.runSuccessfully(work, List.of(cmake, "-S", module.toString(), "-B", build.toString(),
        "-DCMAKE_SYSTEM_NAME=Windows", "-DCMAKE_CXX_COMPILER=" + compiler,
        "-DJIIS_JAVA_HOME=" + System.getProperty("java.home"), "-DJIIS_JNI_PLATFORM_INCLUDE_DIR=" + jniWin32,
        "-DJIIS_IIS_INCLUDE_DIR=" + iisHeaders));
    String output = NativeTools.runSuccessfully(work, List.of(cmake, "--build", build.toString())).output();

    assertThat(output).doesNotContain("warning");
    String headers = NativeTools.runSuccessfully(work, List.of(objdump, "-p", build.resolve("Sample.dll").toString())).output();
    assertThat(headers).containsMatch("(?m)^Name \\s+[0-9a-f]+ Sample\\.dll$");
    assertThat(headers).containsMatch("(?m)^\\s+\\[\\s*0\\] RegisterModule$");
    assertThat(headers).doesNotContainMatch("(?m)^\\s+\\[\\s*1\\]");
    assertThat(headers).doesNotContainMatch("(?i)DLL Name: lib(stdc\\+\\+|gcc|winpthread)");
  }

  @Test
  void aLinuxBuildWithoutTheTestDoubleHeadersSaysWhichOptionToSet() {
    String cmake = NativeTools.locate("cmake", "cmake").toString();
    NativeTools.Result result = NativeTools.run(work, List.of(cmake, "-S", module.toString(),
        "-B", work.resolve("build-unconfigured").toString(), "-DJIIS_JAVA_HOME=" + System.getProperty("java.home")));

    assertThat(result.exitCode()).isNotEqualTo(0);
    assertThat(result.output()).contains("No httpserv.h in JIIS_IIS_INCLUDE_DIR");
  }
}
