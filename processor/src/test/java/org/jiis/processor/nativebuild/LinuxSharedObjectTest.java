package org.jiis.processor.nativebuild;

import static com.google.common.truth.Truth.assertWithMessage;

import java.nio.file.Path;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Result;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Check 1: every generated and runtime source of each sample compiles with g++ into a Linux
 * shared object, against the JDK's {@code jni.h} and the test-double IIS headers and Windows shim,
 * and {@code RegisterModule} is the only symbol the object defines for the dynamic linker.
 */
class LinuxSharedObjectTest {

  @ParameterizedTest
  @EnumSource(Sample.class)
  void compilesIntoASharedObjectWhoseOnlyDynamicSymbolIsRegisterModule(Sample sample) {
    GeneratedModule module = GeneratedModule.of(sample);
    Path out = module.outputFolder("linux");
    Path library = out.resolve(module.moduleName() + ".so");

    Result build = NativeTools.runSuccessfully(out, Toolchains.linuxSharedObject(module, library));

    assertWithMessage(build.describe("g++ must be silent")).that(build.output()).isEmpty();
    assertWithMessage("dynamic symbols defined by %s", library)
        .that(BinaryTables.definedDynamicSymbols(library))
        .containsExactly("RegisterModule");
  }
}
