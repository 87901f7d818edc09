package org.jiis.processor.nativebuild;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Result;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Check 4, the {@code /Gz} model: every Windows source of each sample, generated and runtime,
 * compiles with clang for 32-bit Windows with {@code -mrtd} ({@code __stdcall} by default, as the
 * Win32 Visual Studio configurations compile), so every callback the C library or the OS makes
 * spells out its calling convention. A probe shows the check catches one that does not.
 */
class StdcallModelTest {

  private static final String QSORT_CALLER = """
      #include <stdlib.h>

      static int %s compare(const void* a, const void* b) {
        return *static_cast<const int*>(a) - *static_cast<const int*>(b);
      }

      void sort_ints(int* values, size_t count) {
        qsort(values, count, sizeof *values, &compare);
      }
      """;

  @ParameterizedTest
  @EnumSource(Sample.class)
  void everyWindowsSourceCompilesWithStdcallAsTheDefault(Sample sample) {
    GeneratedModule module = GeneratedModule.of(sample);
    Path out = module.outputFolder("stdcall-model");

    Result check = NativeTools.runSuccessfully(out,
        Toolchains.stdcallByDefaultSyntaxCheck(Toolchains.windowsIncludes(module), module.windowsSources()));

    assertWithMessage(check.describe("clang must be silent")).that(check.output()).isEmpty();
  }

  @Test
  void theCheckRejectsACdeclCallbackWithoutItsConventionAndAcceptsItMarked() throws IOException {
    Path out = OutputFolders.recreate(RepositoryPaths.output().resolve("stdcall-model/qsort-probe"));
    Path unmarked = Files.writeString(out.resolve("unmarked.cpp"), QSORT_CALLER.formatted(""));
    Path marked = Files.writeString(out.resolve("marked.cpp"), QSORT_CALLER.formatted("__cdecl"));

    Result rejected = NativeTools.run(out, Toolchains.stdcallByDefaultSyntaxCheck(List.of(), List.of(unmarked)))
        .assertFailure();
    assertThat(rejected.output()).contains("no matching function for call to 'qsort'");
    assertThat(rejected.output()).contains("__attribute__((stdcall))");

    NativeTools.runSuccessfully(out, Toolchains.stdcallByDefaultSyntaxCheck(List.of(), List.of(marked)));
  }
}
