package org.jiis.examples.reliability;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Tool;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Windows start path: FaultyHandlers built as a DLL with mingw-w64 (x64) from its generated
 * CMakeLists, loaded under wine64 by a minimal IIS stand-in ({@code jiis-wine-host}, in the
 * testkit's {@code src/test/native/wine}) in a prefix with no Java at all. Under {@code inert}
 * RegisterModule succeeds and the event passes through; under {@code fail} it returns
 * {@code HRESULT_FROM_WIN32(ERROR_FILE_NOT_FOUND)}; either way one event-log entry lists every
 * place the runtime looked for a JVM.
 */
class WindowsStartupIT {

  private static final Path WORK = Path.of("target", "wine").toAbsolutePath();
  private static final Path RUN = WORK.resolve("run");
  private static final String MODULE = Modules.FAULTY_HANDLERS;
  private static final Duration WINE_TIMEOUT = Duration.ofMinutes(3);

  @BeforeAll
  static void buildTheDllAndTheHost() throws IOException {
    Path testkitNative = Path.of(Modules.requiredProperty("jiis.testkit.native")).normalize();
    Path build = Files.createDirectories(WORK.resolve("build"));
    String cmake = Tool.CMAKE.path().toString();
    String mingw = Tool.MINGW_X64_GXX.path().toString();
    NativeTools.runSuccessfully(WORK, List.of(cmake,
        "-S", Path.of(Modules.requiredProperty("jiis.generated.dir"), MODULE).toString(),
        "-B", build.toString(),
        "-DCMAKE_SYSTEM_NAME=Windows",
        "-DCMAKE_CXX_COMPILER=" + mingw,
        "-DCMAKE_BUILD_TYPE=Release",
        "-DJIIS_JAVA_HOME=" + System.getProperty("java.home"),
        "-DJIIS_JNI_PLATFORM_INCLUDE_DIR=" + testkitNative.resolve("jni-win32"),
        "-DJIIS_IIS_INCLUDE_DIR=" + testkitNative.resolve("iis")));
    NativeTools.runSuccessfully(WORK, List.of(cmake, "--build", build.toString(), "-j", "2"));
    Files.createDirectories(RUN);
    Files.copy(build.resolve(MODULE + ".dll"), RUN.resolve(MODULE + ".dll"),
        StandardCopyOption.REPLACE_EXISTING);
    NativeTools.runSuccessfully(WORK, List.of(mingw, "-std=c++17", "-municode", "-static",
        "-Wall", "-Wextra", "-Werror", "-DUNICODE", "-D_UNICODE",
        "-I", testkitNative.resolve("iis").toString(),
        "-o", RUN.resolve("jiis-wine-host.exe").toString(),
        Path.of(Modules.requiredProperty("jiis.wine.host"), "wine_host.cpp").normalize().toString()));
    // The default class.path, <Name>.jar, must exist; the JVM is what is missing.
    Files.write(RUN.resolve(MODULE + ".jar"), new byte[0]);
  }

  @Test
  void inertRegistersAndTheEventPassesThrough() throws Exception {
    List<String> output = run("inert");

    assertThat(output.subList(1, output.size())).containsExactly(
        "call|SetGlobalNotifications|mask=0x00000010",
        "call|SetPriorityForGlobalNotification|notification=0x00000010 priority=MEDIUM",
        "registered|hr=0x00000000|globalModule=1|mask=0x00000010",
        "event|OnGlobalCacheOperation|status=0",
        "terminated").inOrder();
    assertTheOneEntry(output.get(0), "The module stays inactive and IIS runs on without it"
        + " (startup.failure = inert; set it to fail to make RegisterModule fail).");
  }

  @Test
  void failMakesRegisterModuleReturnFileNotFound() throws Exception {
    List<String> output = run("fail");

    assertThat(output.subList(1, output.size())).containsExactly(
        "registered|hr=0x80070002|globalModule=0|mask=0x00000000");
    assertTheOneEntry(output.get(0), "RegisterModule returns 0x80070002 (startup.failure = fail).");
  }

  /** The one log line: level 0 (error), every place tried, the policy's outcome. */
  private static void assertTheOneEntry(String line, String end) {
    String settings = "Z:" + RUN.resolve(MODULE + ".jiis.properties").toString().replace('/', '\\');
    String prefix = "log|" + MODULE + "|0|";
    assertThat(line).startsWith(prefix);
    String message = line.substring(prefix.length());
    assertThat(message).startsWith("The jiis module FaultyHandlers did not start: no Java runtime"
        + " found. Places tried:\\n"
        + "  - " + settings + ": neither jvm.library nor java.home is set\\n"
        + "  - JAVA_HOME: not set for this process\\n"
        + "  - registry HKLM\\SOFTWARE\\JavaSoft\\JDK: no such key\\n"
        + "  - registry HKLM\\SOFTWARE\\JavaSoft\\JRE: no such key\\n"
        + "To fix: set jvm.library (the JVM library, e.g. <java home>\\bin\\server\\jvm.dll)");
    assertThat(message).endsWith("\\n" + end);
  }

  /** Runs the host under wine with this startup.failure and no JAVA_HOME; its output lines. */
  private static List<String> run(String policy) throws IOException, InterruptedException {
    Files.writeString(RUN.resolve(MODULE + ".jiis.properties"),
        "startup.failure = " + policy + "\r\n", StandardCharsets.UTF_8);
    Path prefix = Files.createDirectories(WORK.resolve("prefix"));
    Path stdout = WORK.resolve(policy + "-stdout.txt");
    Path stderr = WORK.resolve(policy + "-stderr.txt");
    ProcessBuilder builder = new ProcessBuilder(
        wine64(), RUN.resolve("jiis-wine-host.exe").toString(), MODULE + ".dll");
    Map<String, String> environment = builder.environment();
    environment.remove("JAVA_HOME");
    environment.remove("DISPLAY");
    environment.put("WINEPREFIX", prefix.toString());
    environment.put("WINEDEBUG", "-all");
    builder.directory(RUN.toFile()).redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
    Process process = builder.start();
    if (!process.waitFor(WINE_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
      process.destroyForcibly();
      throw new AssertionError("wine64 did not finish within " + WINE_TIMEOUT.toSeconds() + " s");
    }
    List<String> lines = Files.readAllLines(stdout, StandardCharsets.UTF_8);
    if (process.exitValue() != 0) {
      throw new AssertionError("jiis-wine-host exited with " + process.exitValue() + ":\n"
          + String.join("\n", lines) + "\n" + Files.readString(stderr, StandardCharsets.UTF_8));
    }
    return lines;
  }

  /** {@code wine64}, or {@code wine}, on the PATH; else where Debian's wine64 package puts it. */
  private static String wine64() {
    List<Path> candidates = new ArrayList<>();
    for (String directory : System.getenv().getOrDefault("PATH", "").split(":")) {
      if (!directory.isEmpty()) {
        candidates.add(Path.of(directory, "wine64"));
        candidates.add(Path.of(directory, "wine"));
      }
    }
    candidates.add(Path.of("/usr/lib/wine/wine64"));
    return candidates.stream()
        .filter(Files::isExecutable)
        .findFirst()
        .map(Path::toString)
        .orElseThrow(() -> new AssertionError(
            "wine64 was not found on the PATH or in /usr/lib/wine; install the Debian package"
                + " wine64 (apt-get install -y wine64)"));
  }
}
