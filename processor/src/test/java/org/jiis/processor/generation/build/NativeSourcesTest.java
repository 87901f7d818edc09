package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class NativeSourcesTest {

  private final NativeSources sources = NativeSources.of(new ModuleFiles("M"), List.of(
      "include/jiis/runtime.h", "src/a.cpp", "src/a.h", "src/platform_posix.cpp", "src/platform_win32.cpp",
      "src/README.txt"));

  @Test
  void generatedSourcesComeFirstThenTheRuntimeUnderItsFolder() {
    assertThat(sources.paths()).containsExactly("MModule.cpp", "MJni.cpp", "runtime/include/jiis/runtime.h",
        "runtime/src/a.cpp", "runtime/src/a.h", "runtime/src/platform_posix.cpp",
        "runtime/src/platform_win32.cpp", "runtime/src/README.txt").inOrder();
  }

  @Test
  void sortsFilesByKindAndPlatform() {
    assertThat(sources.sources()).containsExactly("MModule.cpp", "MJni.cpp", "runtime/src/a.cpp",
        "runtime/src/platform_posix.cpp", "runtime/src/platform_win32.cpp").inOrder();
    assertThat(sources.portableSources()).containsExactly("MModule.cpp", "MJni.cpp", "runtime/src/a.cpp").inOrder();
    assertThat(sources.windowsSources()).containsExactly("runtime/src/platform_win32.cpp");
    assertThat(sources.posixSources()).containsExactly("runtime/src/platform_posix.cpp");
    assertThat(sources.headers()).containsExactly("runtime/include/jiis/runtime.h", "runtime/src/a.h").inOrder();
  }
}
