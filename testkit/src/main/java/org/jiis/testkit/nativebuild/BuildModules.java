package org.jiis.testkit.nativebuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Command line of {@link ModuleBuild}, for build tools: builds every generated module it is given
 * into one output folder.
 *
 * <pre>
 * BuildModules --output DIR FOLDER...
 * </pre>
 *
 * <p>Each {@code FOLDER} is a generated module folder ({@code jiis/<Name>/}) or a folder of them
 * ({@code jiis/}); naming a folder that does not exist, or one that holds no module, is an error
 * (the processor did not run, or the path is wrong). From Maven, with exec-maven-plugin before the
 * integration tests:
 *
 * <pre>{@code
 * <execution>
 *   <id>build-native-modules</id>
 *   <phase>pre-integration-test</phase>
 *   <goals><goal>java</goal></goals>
 *   <configuration>
 *     <mainClass>org.jiis.testkit.nativebuild.BuildModules</mainClass>
 *     <classpathScope>test</classpathScope>
 *     <arguments>
 *       <argument>--output</argument>
 *       <argument>${project.build.directory}/jiis-native</argument>
 *       <argument>${project.build.directory}/generated-sources/annotations/jiis</argument>
 *     </arguments>
 *   </configuration>
 * </execution>
 * }</pre>
 *
 * <p>Failures are thrown, not turned into {@code System.exit}, so that a build tool running this
 * in its own JVM reports them and stays alive.
 */
public final class BuildModules {

  private static final String USAGE = "usage: BuildModules --output DIR FOLDER...";

  private BuildModules() {}

  /**
   * Builds the modules and prints each library's path.
   *
   * @throws IllegalArgumentException for a bad command line, with the usage
   * @throws ModuleBuildException if a folder holds no module or a build fails
   */
  public static void main(String[] args) {
    for (Path library : buildAll(List.of(args))) {
      System.out.println("jiis: built " + library);
    }
  }

  /** Does what {@link #main} does and returns the built libraries, in the order built. */
  static List<Path> buildAll(List<String> args) {
    if (args.size() < 3 || !args.get(0).equals("--output")) {
      throw new IllegalArgumentException(USAGE + " (got: " + String.join(" ", args) + ")");
    }
    Path output = Path.of(args.get(1));
    List<Path> libraries = new ArrayList<>();
    for (String folder : args.subList(2, args.size())) {
      for (Path module : modulesIn(Path.of(folder))) {
        libraries.add(ModuleBuild.of(module, output).build());
      }
    }
    return libraries;
  }

  /** The folder itself if it is a module, else its subfolders that are, by name. */
  private static List<Path> modulesIn(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new ModuleBuildException(
          "No folder " + folder.toAbsolutePath() + ": generated modules are under the annotation"
              + " processor's output; check the path and that the jiis processor ran (compile first).");
    }
    if (isModule(folder)) {
      return List.of(folder);
    }
    List<Path> modules;
    try (Stream<Path> children = Files.list(folder)) {
      modules = children.filter(BuildModules::isModule).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + folder, e);
    }
    if (modules.isEmpty()) {
      throw new ModuleBuildException(
          folder.toAbsolutePath() + " holds no generated module (no <Name>/CMakeLists.txt):"
              + " did the jiis processor run on any @GlobalModule class?");
    }
    return modules;
  }

  private static boolean isModule(Path folder) {
    return Files.isRegularFile(folder.resolve("CMakeLists.txt"));
  }
}
