package org.jiis.processor.nativebuild;

import static com.google.common.truth.Truth.assertWithMessage;
import static com.google.testing.compile.Compiler.javac;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.tools.Diagnostic;
import org.jiis.processor.GlobalModuleProcessor;
import org.jiis.processor.generation.build.ModuleFiles;
import org.jiis.processor.generation.build.NativeSources;

/**
 * The native folder the processor wrote for a {@link Sample} through {@code -Ajiis.nativeDir}:
 * generated once per test JVM into {@code target/nativebuild/generated/}, then built by every
 * check. Which sources a platform builds follows the build files' rule ({@link NativeSources}).
 */
final class GeneratedModule {

  private static final Map<Sample, GeneratedModule> GENERATED = new EnumMap<>(Sample.class);

  private final Sample sample;
  private final Path folder;

  private GeneratedModule(Sample sample, Path folder) {
    this.sample = sample;
    this.folder = folder;
  }

  /** The sample's native folder, generating it on first use in this JVM. */
  static synchronized GeneratedModule of(Sample sample) {
    return GENERATED.computeIfAbsent(sample, GeneratedModule::generate);
  }

  private static GeneratedModule generate(Sample sample) {
    Path nativeDir = OutputFolders.recreate(RepositoryPaths.output().resolve("generated").resolve(sample.name()));
    Compilation compilation = javac()
        .withProcessors(new GlobalModuleProcessor())
        .withOptions("-Ajiis.nativeDir=" + nativeDir)
        .compile(sample.file());
    assertCompiledCleanly(sample, compilation);
    Path folder = nativeDir.resolve(sample.moduleName());
    assertWithMessage("the processor wrote no native folder for %s at %s", sample, folder)
        .that(Files.isDirectory(folder))
        .isTrue();
    return new GeneratedModule(sample, folder);
  }

  /** The sample compiled, generated code included, without errors or warnings. */
  static void assertCompiledCleanly(Sample sample, Compilation compilation) {
    StringBuilder diagnostics = new StringBuilder();
    compilation.diagnostics().stream()
        .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
        .forEach(d -> diagnostics.append(d.getKind()).append(": ").append(d.getMessage(null)).append('\n'));
    assertWithMessage("compiling sample %s with the processor", sample)
        .that(diagnostics.toString())
        .isEmpty();
    assertWithMessage("compiling sample %s with the processor", sample)
        .that(compilation.status())
        .isEqualTo(Compilation.Status.SUCCESS);
  }

  String moduleName() {
    return sample.moduleName();
  }

  /** The module's folder, {@code <nativeDir>/<Name>/}. */
  Path folder() {
    return folder;
  }

  /** The folder build outputs of this sample go in, {@code target/nativebuild/<check>/<SAMPLE>}. */
  Path outputFolder(String check) {
    return OutputFolders.recreate(RepositoryPaths.output().resolve(check).resolve(sample.name()));
  }

  /** Include folders of the module's own code: only the runtime's, as the build files have it. */
  Path runtimeInclude() {
    return folder.resolve(ModuleFiles.RUNTIME_INCLUDE_DIRECTORY);
  }

  /** {@code <Name>.def}. */
  Path definitionFile() {
    return folder.resolve(new ModuleFiles(moduleName()).definitionFile());
  }

  /** Every generated and runtime {@code .cpp} file a Linux build compiles. */
  List<Path> linuxSources() {
    return cppFiles().stream().filter(path -> !NativeSources.isWindowsOnly(path.toString())).toList();
  }

  /** Every generated and runtime {@code .cpp} file a Windows build compiles. */
  List<Path> windowsSources() {
    return cppFiles().stream().filter(path -> !NativeSources.isPosixOnly(path.toString())).toList();
  }

  /** Every {@code .cpp} file in the folder, generated or copied, sorted. */
  List<Path> cppFiles() {
    try (Stream<Path> files = Files.walk(folder)) {
      return files.filter(path -> path.toString().endsWith(".cpp")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
