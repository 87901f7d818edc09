package org.jiis.processor.nativebuild;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Result;
import org.jiis.testkit.nativebuild.NativeTools.Tool;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The example-shaped module's generated {@code CMakeLists.txt}, run as a user would: a Linux build
 * against the test-double headers, and MinGW cross builds for x64 and x86. Each library exports
 * {@code RegisterModule} alone.
 */
class CMakeProjectTest {

  private static final Sample SAMPLE = Sample.TOKEN_CACHE_AUDIT;

  @Test
  void linuxBuildExportsOnlyRegisterModule() {
    GeneratedModule module = GeneratedModule.of(SAMPLE);
    Path build = module.outputFolder("cmake-linux");

    configureAndBuild(module, build, List.of(
        "-DJIIS_IIS_INCLUDE_DIR=" + RepositoryPaths.iisHeaders(),
        "-DJIIS_WINSHIM_DIR=" + RepositoryPaths.winshim()));

    assertWithMessage("dynamic symbols defined by the CMake-built %s.so", module.moduleName())
        .that(BinaryTables.definedDynamicSymbols(build.resolve(module.moduleName() + ".so")))
        .containsExactly("RegisterModule");
  }

  @ParameterizedTest
  @EnumSource(WindowsTarget.class)
  void mingwBuildExportsOnlyRegisterModule(WindowsTarget target) {
    GeneratedModule module = GeneratedModule.of(SAMPLE);
    Path build = module.outputFolder("cmake-windows-" + target.name().toLowerCase(Locale.ROOT));

    configureAndBuild(module, build, List.of(
        "-DCMAKE_SYSTEM_NAME=Windows",
        "-DCMAKE_CXX_COMPILER=" + target.compiler().path(),
        "-DJIIS_JNI_PLATFORM_INCLUDE_DIR=" + RepositoryPaths.jniWindowsPlatform(),
        "-DJIIS_IIS_INCLUDE_DIR=" + RepositoryPaths.iisHeaders()));

    String headers = BinaryTables.peHeaders(target, build.resolve(module.moduleName() + ".dll"));
    assertWithMessage("exports of the CMake-built %s.dll:\n%s", module.moduleName(), headers)
        .that(BinaryTables.exportedNames(headers))
        .containsExactly("RegisterModule");
  }

  private static void configureAndBuild(GeneratedModule module, Path build, List<String> options) {
    String cmake = Tool.CMAKE.path().toString();
    List<String> configure = new ArrayList<>(List.of(cmake, "-S", module.folder().toString(), "-B", build.toString(),
        "-DJIIS_JAVA_HOME=" + RepositoryPaths.jdkInclude().getParent()));
    configure.addAll(options);
    NativeTools.runSuccessfully(build, configure);
    Result compile = NativeTools.runSuccessfully(build, List.of(cmake, "--build", build.toString(), "-j", "2"));
    assertWithMessage(compile.describe("the build printed a warning"))
        .that(compile.output().toLowerCase(Locale.ROOT))
        .doesNotContain("warning");
  }
}
