package org.jiis.processor.nativebuild;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.jiis.processor.GlobalModuleProcessor;
import org.jiis.processor.generation.build.ModuleFiles;
import org.junit.jupiter.api.Test;

/**
 * Check 6: everything the processor writes for the example-shaped module, byte for byte: the Java
 * dispatcher and natives class, {@code <Name>Module.cpp}, {@code <Name>Jni.cpp} and every build
 * file, as they land in {@code SOURCE_OUTPUT}, against {@code src/test/resources/golden/native/
 * TokenCacheAudit/} (the same tree). The copied runtime is checked against the runtime's own
 * sources instead. To accept a deliberate change, run {@code mvn -o -pl processor test
 * -Dtest=GoldenNativeFilesTest -Djiis.updateGolden=true} and review the diff.
 */
class GoldenNativeFilesTest {

  private static final Sample SAMPLE = Sample.TOKEN_CACHE_AUDIT;
  private static final Path GOLDEN =
      RepositoryPaths.PROCESSOR.resolve("src/test/resources/golden/native").resolve(SAMPLE.moduleName());
  private static final String NATIVE_FOLDER = "jiis/" + SAMPLE.moduleName() + "/";
  private static final String RUNTIME_FOLDER = NATIVE_FOLDER + ModuleFiles.RUNTIME_DIRECTORY + "/";

  @Test
  void generatedFilesMatchTheGoldenFiles() throws IOException {
    Map<String, byte[]> generated = new TreeMap<>(sourceOutput());
    generated.keySet().removeIf(path -> path.startsWith(RUNTIME_FOLDER));
    if (Boolean.getBoolean("jiis.updateGolden")) {
      writeGolden(generated);
    }

    assertWithMessage("files under %s; to accept a deliberate change, rerun with -Djiis.updateGolden=true"
        + " and review the diff", GOLDEN)
        .that(filesUnder(GOLDEN).keySet())
        .containsExactlyElementsIn(generated.keySet());
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      byte[] golden = Files.readAllBytes(GOLDEN.resolve(file.getKey()));
      assertWithMessage("%s differs from %s; if the change is intended, rerun with -Djiis.updateGolden=true"
          + " and review the diff", file.getKey(), GOLDEN)
          .that(new String(file.getValue(), StandardCharsets.UTF_8))
          .isEqualTo(new String(golden, StandardCharsets.UTF_8));
      assertWithMessage("%s: bytes (line endings, byte order mark)", file.getKey())
          .that(file.getValue())
          .isEqualTo(golden);
    }
  }

  @Test
  void theCopiedRuntimeIsTheRuntimeSources() {
    Map<String, byte[]> copied = new TreeMap<>();
    sourceOutput().forEach((path, bytes) -> {
      if (path.startsWith(RUNTIME_FOLDER)) {
        copied.put(path.substring(RUNTIME_FOLDER.length()), bytes);
      }
    });
    Map<String, byte[]> sources = new TreeMap<>(filesUnder(RepositoryPaths.runtimeNative()));
    sources.keySet().removeIf(path -> !isRuntimeSource(path));

    assertThat(copied.keySet()).containsExactlyElementsIn(sources.keySet());
    copied.forEach((path, bytes) ->
        assertWithMessage("runtime/%s", path).that(bytes).isEqualTo(sources.get(path)));
  }

  @Test
  void outputIsByteIdenticalAcrossRuns() {
    Map<String, byte[]> first = sourceOutput();
    Map<String, byte[]> second = sourceOutput();

    assertThat(second.keySet()).containsExactlyElementsIn(first.keySet());
    first.forEach((path, bytes) -> assertWithMessage(path).that(second.get(path)).isEqualTo(bytes));
  }

  @Test
  void theNativeDirOptionWritesTheSameNativeFolder() {
    Map<String, byte[]> expected = new TreeMap<>();
    sourceOutput().forEach((path, bytes) -> {
      if (path.startsWith(NATIVE_FOLDER)) {
        expected.put(path.substring(NATIVE_FOLDER.length()), bytes);
      }
    });

    Map<String, byte[]> written = filesUnder(GeneratedModule.of(SAMPLE).folder());

    assertThat(written.keySet()).containsExactlyElementsIn(expected.keySet());
    expected.forEach((path, bytes) -> assertWithMessage(path).that(written.get(path)).isEqualTo(bytes));
  }

  /** The runtime files the processor jar packages: headers, and sources under {@code src/}. */
  private static boolean isRuntimeSource(String path) {
    return path.startsWith("include/") && path.endsWith(".h")
        || path.startsWith("src/") && (path.endsWith(".h") || path.endsWith(".cpp"));
  }

  /** One processor run on the sample, without {@code jiis.nativeDir}: what it wrote to SOURCE_OUTPUT. */
  private static Map<String, byte[]> sourceOutput() {
    Compilation compilation = javac().withProcessors(new GlobalModuleProcessor()).compile(SAMPLE.file());
    GeneratedModule.assertCompiledCleanly(SAMPLE, compilation);
    String prefix = "/" + StandardLocation.SOURCE_OUTPUT.getName() + "/";
    Map<String, byte[]> files = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedFiles()) {
      String path = file.toUri().getPath();
      if (path.startsWith(prefix)) {
        files.put(path.substring(prefix.length()), read(file));
      }
    }
    return files;
  }

  private static byte[] read(JavaFileObject file) {
    try (InputStream in = file.openInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every file under {@code root} but {@code .gitattributes}, by {@code /}-separated relative path. */
  private static Map<String, byte[]> filesUnder(Path root) {
    Map<String, byte[]> files = new TreeMap<>();
    if (!Files.isDirectory(root)) {
      return files;
    }
    try (Stream<Path> paths = Files.walk(root)) {
      for (Path path : paths.filter(Files::isRegularFile).toList()) {
        String relative = root.relativize(path).toString().replace('\\', '/');
        if (!relative.equals(".gitattributes")) {
          files.put(relative, Files.readAllBytes(path));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void writeGolden(Map<String, byte[]> generated) throws IOException {
    for (String stale : filesUnder(GOLDEN).keySet()) {
      if (!generated.containsKey(stale)) {
        Files.delete(GOLDEN.resolve(stale));
      }
    }
    for (Map.Entry<String, byte[]> file : generated.entrySet()) {
      Path golden = GOLDEN.resolve(file.getKey());
      Files.createDirectories(golden.getParent());
      Files.write(golden, file.getValue());
    }
  }
}
