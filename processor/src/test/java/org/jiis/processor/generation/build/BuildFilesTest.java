package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.jiis.processor.generation.text.FileContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildFilesTest {

  @TempDir
  Path jar;

  private List<FileContent> generate() {
    RuntimeSources runtime = TestModules.packagedRuntime(jar, TestModules.SAMPLE_RUNTIME, TestModules.SETTINGS_TEMPLATE);
    return new BuildFiles(runtime).generate(TestModules.tokenCacheAudit());
  }

  @Test
  void writesTheRuntimeUnderItsFolderThenEveryBuildFile() {
    assertThat(generate().stream().map(FileContent::path).toList()).containsExactly(
        "runtime/include/jiis/runtime.h", "runtime/src/log.cpp", "runtime/src/log.h",
        "runtime/src/platform_posix.cpp", "runtime/src/platform_win32.cpp",
        "TokenCacheAudit.def", "TokenCacheAudit.vcxproj", "TokenCacheAudit.sln", "CMakeLists.txt",
        "TokenCacheAudit.jiis.properties", "install-TokenCacheAudit.ps1").inOrder();
  }

  @Test
  void copiesTheRuntimesBytesUnchanged() {
    FileContent copy = generate().get(0);

    assertThat(copy.text()).isEqualTo(TestModules.SAMPLE_RUNTIME.get("include/jiis/runtime.h"));
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() {
    assertThat(generate()).isEqualTo(generate());
  }
}
