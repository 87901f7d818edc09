package org.jiis.nativeruntime;

import static com.google.common.truth.Truth.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiis.nativeruntime.NativeTools.Tool;
import org.junit.jupiter.api.Test;

/**
 * Runs the Windows half of the runtime, not just compiles it: platform_win32_test.exe (mingw x64,
 * the whole runtime linked in) under wine64 checks paths, files, the environment, the JavaSoft
 * registry keys, loading a JVM library with the safe search flags, the Fiber Local Storage
 * thread-exit callback, the JVM option encoding, and a jiis_start that fails as it should, logging
 * through an exported jiis_host_event_log. (x86 is not run: that needs wine32.)
 */
class WineRuntimeTest {

  private static final Path DIR = NativeBuild.OUTPUT.resolve("wine");

  @Test
  void theWin32PlatformLayerRunsUnderWine() throws Exception {
    Path run = NativeBuild.recreate(DIR.resolve("run"));
    Path exe = run.resolve("platform_win32_test.exe");
    List<String> compile = mingwX64("-static", "-o", exe.toString(),
        NativeBuild.TEST_NATIVE.resolve("platform_win32_test.cpp").toString());
    NativeBuild.runtimeSources().forEach(source -> compile.add(source.toString()));
    NativeTools.runSuccessfully(run, compile);
    Path fakeJvm = Files.createDirectories(run.resolve("home/bin/server")).resolve("jvm.dll");
    NativeTools.runSuccessfully(run, mingwX64("-shared", "-static", "-o", fakeJvm.toString(),
        NativeBuild.TEST_NATIVE.resolve("fake_jvm.cpp").toString()));

    Files.createDirectories(run.resolve("lib/d.jar"));
    for (String file : List.of("lib/a.jar", "lib/B.JAR", "lib/c.txt", "lib/\u00fc.jar", "Wine.jar")) {
      Files.write(run.resolve(file), new byte[0]);
    }
    Files.writeString(run.resolve("Wine.jiis.properties"), "java.home = home\r\n# gr\u00fc\u00dfe\r\n");

    Path prefix = Files.createDirectories(DIR.resolve("prefix"));
    NativeTools.Result result = NativeTools.run(run, env -> {
      env.put("WINEPREFIX", prefix.toString());
      env.put("WINEDEBUG", "-all");
      env.remove("DISPLAY");
    }, List.of(NativeTools.wine64(), exe.toString()));

    result.assertSuccess();
    assertThat(result.output()).contains("platform_win32_test: all checks passed");
  }

  private static List<String> mingwX64(String... more) {
    List<String> command = new ArrayList<>();
    command.add(Tool.MINGW_X64_GXX.path());
    command.addAll(NativeBuild.windowsFlags());
    command.addAll(List.of(more));
    return command;
  }
}
