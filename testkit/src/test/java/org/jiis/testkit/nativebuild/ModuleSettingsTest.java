package org.jiis.testkit.nativebuild;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiis.GlobalModule;
import org.jiis.testkit.host.LogLevel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ModuleSettingsTest {

  @TempDir Path work;

  @Test
  void aTestRunStartsTheRunningJdkAndFailsRegistrationWhenTheModuleCannotStart() {
    List<String> lines = settingLines(ModuleSettings.forTestRun().text());

    assertThat(lines).containsExactly(
        "java.home = " + Path.of(System.getProperty("java.home")).toAbsolutePath(),
        "startup.failure = fail",
        "debug = false").inOrder();
  }

  @Test
  void writesEverySettingGiven() {
    Path classes = work.resolve("classes");
    Path jar = work.resolve("lib/runtime.jar");

    String text = ModuleSettings.forTestRun()
        .javaHome(Path.of("/opt/jdk"))
        .classPath(classes, jar)
        .jvmOption("-Dgreeting=hello world")
        .jvmOption("-Xmx64m")
        .logLevel(LogLevel.DEBUG)
        .failStartup(false)
        .debug(true)
        .text();

    assertThat(settingLines(text)).containsExactly(
        "java.home = /opt/jdk",
        "class.path = " + classes + ";" + jar,
        "jvm.option = -Dgreeting=hello world",
        "jvm.option = -Xmx64m",
        "startup.failure = inert",
        "log.level = debug",
        "debug = true").inOrder();
  }

  @Test
  void relativeClassPathEntriesAreMadeAbsoluteAgainstTheWorkingDirectory() {
    String text = ModuleSettings.forTestRun().classPath(Path.of("target/classes")).text();

    assertThat(text).contains("class.path = " + Path.of("target/classes").toAbsolutePath() + "\n");
  }

  @Test
  void classPathOfAddsWhereEachClassWasLoadedFrom() throws Exception {
    Path runtime = Path.of(GlobalModule.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    Path testClasses = Path.of(getClass().getProtectionDomain().getCodeSource().getLocation().toURI());

    String text = ModuleSettings.forTestRun().classPathOf(getClass(), GlobalModule.class).text();

    assertThat(text).contains("class.path = " + testClasses + ";" + runtime + "\n");
  }

  @Test
  void aJdkClassHasNoClassPathEntry() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ModuleSettings.forTestRun().classPathOf(String.class));

    assertThat(error).hasMessageThat().contains("java.lang.String was not loaded from a jar or class folder");
  }

  @Test
  void aClassPathEntryWithTheSeparatorIsRefused() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ModuleSettings.forTestRun().classPath(work.resolve("a;b.jar")));

    assertThat(error).hasMessageThat().contains("contains ';', which separates class.path entries");
  }

  @Test
  void valuesTheFileCannotHoldAreRefused() {
    assertThrows(IllegalArgumentException.class,
        () -> ModuleSettings.forTestRun().jvmOption("-Da=1\n-Db=2"));
    assertThrows(IllegalArgumentException.class,
        () -> ModuleSettings.forTestRun().jvmOption("-Da=1 "));
    assertThrows(IllegalArgumentException.class,
        () -> ModuleSettings.forTestRun().jvmOption("Xmx64m"));
  }

  @Test
  void writesTheSettingsFileNamedAfterTheModuleBesideItsLibrary() throws Exception {
    Path library = Files.createFile(work.resolve("TokenCacheAudit.so"));
    ModuleSettings settings = ModuleSettings.forTestRun().debug(true);

    Path file = settings.writeBeside(library);

    assertThat(file).isEqualTo(work.resolve("TokenCacheAudit.jiis.properties"));
    assertThat(Files.readString(file, StandardCharsets.UTF_8)).isEqualTo(settings.text());
  }

  @Test
  void installsACopyOfTheLibraryWithItsSettings() throws Exception {
    Path library = Files.write(work.resolve("Audit.so"), new byte[] {1, 2, 3});
    Path run = work.resolve("run-1");

    Path copy = ModuleSettings.forTestRun().debug(true).installCopy(library, run);

    assertThat(copy).isEqualTo(run.resolve("Audit.so"));
    assertThat(Files.readAllBytes(copy)).isEqualTo(new byte[] {1, 2, 3});
    assertThat(Files.readString(run.resolve("Audit.jiis.properties"))).contains("debug = true\n");
  }

  @Test
  void aLibraryNotNamedNameDotSoIsRefused() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> ModuleSettings.forTestRun().writeBeside(work.resolve("libAudit.dylib")));

    assertThat(error).hasMessageThat().contains("expected <Name>.so");
  }

  /** The settings, without the comment line. */
  private static List<String> settingLines(String text) {
    return text.lines().filter(line -> !line.startsWith("#")).toList();
  }
}
