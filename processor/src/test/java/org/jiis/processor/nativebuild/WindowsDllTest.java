package org.jiis.processor.nativebuild;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Checks 2 and 3: mingw-w64 links each sample's Windows sources and generated {@code .def} into a
 * DLL for x64 and for x86 (mingw's {@code windows.h}, the test-double IIS headers, the JDK's
 * {@code jni.h} with a Windows {@code jni_md.h}); its export table holds {@code RegisterModule}
 * alone and undecorated, and points at the {@code WINAPI} entry point (on x86 the {@code __stdcall}
 * symbol {@code _RegisterModule@12}: {@code -mrtd} in check 4 cannot show a missing {@code WINAPI},
 * as it makes every function {@code __stdcall}); and the DLL needs no MinGW runtime DLL.
 */
class WindowsDllTest {

  static Stream<Arguments> samplesAndTargets() {
    return Arrays.stream(Sample.values())
        .flatMap(sample -> Arrays.stream(WindowsTarget.values()).map(target -> Arguments.of(sample, target)));
  }

  @ParameterizedTest(name = "{0} for {1}")
  @MethodSource("samplesAndTargets")
  void linksADllExportingOnlyRegisterModuleUndecorated(Sample sample, WindowsTarget target) {
    GeneratedModule module = GeneratedModule.of(sample);
    Path out = module.outputFolder("windows-" + target.name().toLowerCase(Locale.ROOT));
    Path dll = out.resolve(module.moduleName() + ".dll");

    Result build = NativeTools.runSuccessfully(out, Toolchains.mingwDll(target, module, dll));

    assertWithMessage(build.describe("the compiler and linker must be silent")).that(build.output()).isEmpty();
    String headers = BinaryTables.peHeaders(target, dll);
    assertWithMessage("exports of %s:\n%s", dll, headers)
        .that(BinaryTables.exportedNames(headers))
        .containsExactly("RegisterModule");
    assertWithMessage("objdump -p %s", dll).that(headers).doesNotContain("RegisterModule@");
    Map<String, Long> symbols = BinaryTables.definedSymbols(target, dll);
    assertWithMessage("symbols defined by %s", dll).that(symbols).containsKey(target.entryPointSymbol());
    assertWithMessage("the address %s's export points at must be that of %s, the WINAPI entry point",
        dll, target.entryPointSymbol())
        .that(BinaryTables.firstExportAddress(headers))
        .isEqualTo(symbols.get(target.entryPointSymbol()));
    assertWithMessage("export directory name (the .def's LIBRARY) of %s", dll)
        .that(BinaryTables.exportDirectoryName(headers))
        .isEqualTo(module.moduleName() + ".dll");
    assertWithMessage("MinGW runtime DLLs imported by %s", dll)
        .that(BinaryTables.importedDlls(headers).stream()
            .filter(name -> name.toLowerCase(Locale.ROOT).startsWith("lib"))
            .toList())
        .isEmpty();
  }
}
