package org.jiis.nativeruntime;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * A folder laid out like an IIS module installation: module libraries copied in (the runtime
 * finds its settings beside the library's real path, so they are copies, not links), settings
 * files, and whatever else a test needs; then a run of a test host in it.
 */
final class Scenario {

  final Path dir;
  private final List<String> loads = new ArrayList<>();
  private Consumer<Map<String, String>> environment = env -> env.remove("JAVA_HOME");

  private Scenario(Path dir) {
    this.dir = dir;
  }

  /** A fresh, empty folder target/native-test/scenarios/{@code name}. */
  static Scenario named(String name) {
    return new Scenario(NativeBuild.recreate(NativeBuild.OUTPUT.resolve("scenarios").resolve(name)));
  }

  /** Copies {@code library} in; the host script loads modules in the order they were added. */
  Scenario module(Path library) {
    try {
      Path copy = Files.copy(library, dir.resolve(library.getFileName()), StandardCopyOption.REPLACE_EXISTING);
      loads.add("load");
      loads.add(copy.toString());
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes {@code <moduleName>.jiis.properties}, one line per argument. */
  Scenario settings(String moduleName, String... lines) {
    return file(moduleName + ".jiis.properties", String.join("\n", lines) + "\n");
  }

  Scenario file(String relativePath, String content) {
    try {
      Path file = dir.resolve(relativePath);
      Files.createDirectories(file.getParent());
      Files.writeString(file, content, StandardCharsets.UTF_8);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  Scenario copy(Path source, String relativePath) {
    try {
      Path target = dir.resolve(relativePath);
      Files.createDirectories(target.getParent());
      Files.copy(source, target, StandardCopyOption.REPLACE_EXISTING);
      return this;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The host's environment: by default the test's, without JAVA_HOME. */
  Scenario environment(Consumer<Map<String, String>> edit) {
    this.environment = env -> {
      env.remove("JAVA_HOME");
      edit.accept(env);
    };
    return this;
  }

  /** Runs {@code host} with the module loads, then {@code script} ("start", "0", ...). */
  HostRun run(Path host, String... script) {
    List<String> command = new ArrayList<>();
    command.add(host.toString());
    command.addAll(loads);
    command.addAll(List.of(script));
    return new HostRun(NativeTools.run(dir, environment, command));
  }

  Path path(String relative) {
    return dir.resolve(relative);
  }
}
