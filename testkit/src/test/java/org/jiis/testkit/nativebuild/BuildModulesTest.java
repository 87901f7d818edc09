package org.jiis.testkit.nativebuild;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BuildModulesTest {

  private static final Path FIXTURES = Path.of("src/test/native/nativebuild").toAbsolutePath();

  @TempDir Path work;

  @Test
  void buildsEveryModuleOfAFolderOfModules() throws Exception {
    Path generated = work.resolve("jiis");
    copyModule("Probe", generated.resolve("Alpha"));
    copyModule("Probe", generated.resolve("Beta"));
    Files.createDirectories(generated.resolve("not-a-module"));
    Path output = work.resolve("native");

    List<Path> built = BuildModules.buildAll(List.of("--output", output.toString(), generated.toString()));

    assertThat(built).containsExactly(output.resolve("Alpha.so"), output.resolve("Beta.so")).inOrder();
    assertThat(Files.isRegularFile(output.resolve("Alpha.so"))).isTrue();
    assertThat(Files.isRegularFile(output.resolve("Beta.so"))).isTrue();
  }

  @Test
  void buildsAModuleFolderGivenDirectly() {
    Path output = work.resolve("native");

    List<Path> built = BuildModules.buildAll(
        List.of("--output", output.toString(), FIXTURES.resolve("Probe").toString()));

    assertThat(built).containsExactly(output.resolve("Probe.so"));
  }

  @Test
  void aMissingFolderSaysTheProcessorMayNotHaveRun() {
    Path missing = work.resolve("generated/jiis");

    ModuleBuildException error = assertThrows(ModuleBuildException.class,
        () -> BuildModules.buildAll(List.of("--output", work.toString(), missing.toString())));

    assertThat(error).hasMessageThat().contains("No folder " + missing);
    assertThat(error).hasMessageThat().contains("jiis processor ran");
  }

  @Test
  void aFolderWithoutModulesIsAnError() {
    ModuleBuildException error = assertThrows(ModuleBuildException.class,
        () -> BuildModules.buildAll(List.of("--output", work.resolve("out").toString(), work.toString())));

    assertThat(error).hasMessageThat().contains("holds no generated module");
  }

  @Test
  void aCommandLineWithoutOutputShowsTheUsage() {
    IllegalArgumentException error = assertThrows(IllegalArgumentException.class,
        () -> BuildModules.buildAll(List.of(work.toString())));

    assertThat(error).hasMessageThat().startsWith("usage: BuildModules --output DIR FOLDER...");
  }

  private static void copyModule(String fixture, Path target) throws Exception {
    Files.createDirectories(target);
    try (var files = Files.list(FIXTURES.resolve(fixture))) {
      for (Path file : (Iterable<Path>) files::iterator) {
        Files.copy(file, target.resolve(file.getFileName()));
      }
    }
  }
}
