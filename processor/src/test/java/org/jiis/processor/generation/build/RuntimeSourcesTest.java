package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.jiis.processor.generation.text.FileContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RuntimeSourcesTest {

  private static final Path NATIVE = Path.of(System.getProperty("basedir", "."), "../runtime/src/main/native");

  @Test
  void thePackagedRuntimeIsExactlyTheSourcesAndHeadersOnDisk() throws IOException {
    List<String> onDisk;
    try (Stream<Path> files = Stream.concat(walk("include"), walk("src"))) {
      onDisk = files.map(path -> NATIVE.relativize(path).toString().replace('\\', '/'))
          .filter(path -> path.endsWith(".h") || path.startsWith("src/") && path.endsWith(".cpp"))
          .sorted()
          .toList();
    }

    RuntimeSources runtime = RuntimeSources.fromProcessorJar();

    assertThat(runtime.paths()).containsExactlyElementsIn(onDisk).inOrder();
    for (FileContent file : runtime.files()) {
      assertThat(file.bytes()).isEqualTo(Files.readAllBytes(NATIVE.resolve(file.path())));
    }
  }

  @Test
  void readsAPackagedRuntime(@TempDir Path directory) {
    RuntimeSources runtime = TestModules.packagedRuntime(directory,
        Map.of("src/b.cpp", "b", "include/a.h", "a"), "t=@MODULE_NAME@");

    assertThat(runtime.paths()).containsExactly("include/a.h", "src/b.cpp").inOrder();
    assertThat(runtime.files().get(1).text()).isEqualTo("b");
    assertThat(new String(runtime.settingsTemplate(), StandardCharsets.UTF_8)).isEqualTo("t=@MODULE_NAME@");
  }

  @Test
  void aJarWithoutTheIndexSaysToRebuild(@TempDir Path directory) throws IOException {
    try (URLClassLoader empty = new URLClassLoader(new URL[] {directory.toUri().toURL()}, null)) {
      IllegalStateException error = assertThrows(IllegalStateException.class, () -> RuntimeSources.load(empty));

      assertThat(error).hasMessageThat().contains("META-INF/jiis/native.index is missing");
      assertThat(error).hasMessageThat().contains("rebuild the processor");
    }
  }

  @Test
  void anIndexedFileThatIsMissingIsAnError(@TempDir Path directory) throws IOException {
    TestModules.packagedRuntime(directory, Map.of("src/b.cpp", "b"), null);
    Files.delete(directory.resolve(RuntimeSources.ROOT + "src/b.cpp"));

    try (URLClassLoader loader = new URLClassLoader(new URL[] {directory.toUri().toURL()}, null)) {
      IllegalStateException error = assertThrows(IllegalStateException.class, () -> RuntimeSources.load(loader));

      assertThat(error).hasMessageThat().contains("META-INF/jiis/native/src/b.cpp is missing");
    }
  }

  private static Stream<Path> walk(String folder) throws IOException {
    Path root = NATIVE.resolve(folder);
    return Files.exists(root) ? Files.walk(root).filter(Files::isRegularFile) : Stream.empty();
  }
}
