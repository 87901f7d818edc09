package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import org.jiis.processor.generation.text.FileContent;
import org.junit.jupiter.api.Test;

/** The file's text; CMakeListsBuildTest runs CMake on it. */
class CMakeListsGeneratorTest {

  private static final NativeSources SOURCES = NativeSources.of(new ModuleFiles("TokenCacheAudit"),
      List.of("include/jiis/runtime.h", "src/log.cpp", "src/platform_posix.cpp", "src/platform_win32.cpp"));

  private final CMakeListsGenerator generator = new CMakeListsGenerator();

  @Test
  void listsTheSourcesPerPlatformWithTheDefOnWindows() {
    FileContent file = generator.generate(TestModules.tokenCacheAudit(), SOURCES);
    String text = file.text();

    assertThat(file.path()).isEqualTo("CMakeLists.txt");
    assertThat(text).contains("set(JIIS_MODULE \"TokenCacheAudit\")\n");
    assertThat(text).contains("set(jiis_sources\n  \"TokenCacheAuditModule.cpp\"\n  \"TokenCacheAuditJni.cpp\"\n"
        + "  \"runtime/src/log.cpp\"\n)\n");
    assertThat(text).contains("set(jiis_windows_sources\n  \"runtime/src/platform_win32.cpp\"\n"
        + "  \"TokenCacheAudit.def\"\n)\n");
    assertThat(text).contains("set(jiis_posix_sources\n  \"runtime/src/platform_posix.cpp\"\n)\n");
    assertThat(text).contains("set(jiis_headers\n  \"runtime/include/jiis/runtime.h\"\n)\n");
    assertThat(text).doesNotContain("\r");
  }

  @Test
  void namesAndPathsAreQuotedCMakeArguments() {
    String text = generator.generate(TestModules.named("a\"b$c"), new NativeSources(List.of("x $y.cpp"))).text();

    assertThat(text).contains("set(JIIS_MODULE \"a\\\"b\\$c\")\n");
    assertThat(text).contains("  \"x \\$y.cpp\"\n");
  }

  @Test
  void aPathCMakeCannotKeepWholeIsRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> generator.generate(TestModules.tokenCacheAudit(), new NativeSources(List.of("a;b.cpp"))));
  }
}
