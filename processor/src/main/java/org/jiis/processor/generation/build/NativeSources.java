package org.jiis.processor.generation.build;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * The C++ files of one module's native build, as {@code /}-separated paths relative to the
 * module's output folder: the generated sources first, then the runtime's files under
 * {@value ModuleFiles#RUNTIME_DIRECTORY}/, in the runtime index's (sorted) order. Build files list
 * them in this order.
 *
 * <p>A source named {@code *_win32.cpp} is built only for Windows and one named {@code *_posix.cpp}
 * only for POSIX systems (the runtime's platform layer); every other {@code .cpp} file is built
 * everywhere. {@code .h} files are headers; other files are not part of the build.
 */
public record NativeSources(List<String> paths) {

  public NativeSources {
    paths = List.copyOf(paths);
  }

  /**
   * The generated sources of {@code files} followed by the runtime's files.
   *
   * @param runtimePaths paths relative to the runtime's root, for example {@code src/jvm.cpp}, as
   *     {@link RuntimeSources#paths()} gives them
   */
  public static NativeSources of(ModuleFiles files, List<String> runtimePaths) {
    List<String> paths = new ArrayList<>(files.generatedSources());
    for (String runtimePath : runtimePaths) {
      paths.add(ModuleFiles.RUNTIME_DIRECTORY + "/" + runtimePath);
    }
    return new NativeSources(paths);
  }

  /** Every {@code .cpp} file, whatever its platform. */
  public List<String> sources() {
    return select(NativeSources::isSource);
  }

  /** The {@code .cpp} files built on every platform. */
  public List<String> portableSources() {
    return select(path -> isSource(path) && !isWindowsOnly(path) && !isPosixOnly(path));
  }

  /** The {@code .cpp} files built only for Windows. */
  public List<String> windowsSources() {
    return select(path -> isSource(path) && isWindowsOnly(path));
  }

  /** The {@code .cpp} files built only for POSIX systems. */
  public List<String> posixSources() {
    return select(path -> isSource(path) && isPosixOnly(path));
  }

  /** The {@code .h} files. */
  public List<String> headers() {
    return select(path -> path.endsWith(".h"));
  }

  /** Whether {@code path} is a source built only for POSIX systems. */
  public static boolean isPosixOnly(String path) {
    return path.endsWith("_posix.cpp");
  }

  /** Whether {@code path} is a source built only for Windows. */
  public static boolean isWindowsOnly(String path) {
    return path.endsWith("_win32.cpp");
  }

  private static boolean isSource(String path) {
    return path.endsWith(".cpp");
  }

  private List<String> select(Predicate<String> filter) {
    return paths.stream().filter(filter).toList();
  }
}
