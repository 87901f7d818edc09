package org.jiis.processor.generation.build;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jiis.processor.model.ConstructorKind;
import org.jiis.processor.model.EventKind;
import org.jiis.processor.model.ModuleModel;
import org.jiis.processor.model.PriorityKind;

/** Sample models and packaged runtimes for the build generators' tests. */
final class TestModules {

  /** A settings template written against the runtime's contract: {@code @MODULE_NAME@} anywhere. */
  static final String SETTINGS_TEMPLATE = """
      # Settings of the jiis module @MODULE_NAME@: keep this file beside the module library.
      # Lines starting with # are comments.
      module.name=@MODULE_NAME@
      # jvm.options=-Xrs
      """;

  /** A small runtime with a header, a portable source and both platform sources. */
  static final Map<String, String> SAMPLE_RUNTIME = Map.of(
      "include/jiis/runtime.h", "/* runtime.h */\n",
      "src/log.h", "/* log.h */\n",
      "src/log.cpp", "/* log.cpp */\n",
      "src/platform_posix.cpp", "/* platform_posix.cpp */\n",
      "src/platform_win32.cpp", "/* platform_win32.cpp */\n");

  private TestModules() {}

  /** The example module: {@code TokenCacheAudit}, cache operations and cleanup. */
  static ModuleModel tokenCacheAudit() {
    return new ModuleModel("TokenCacheAudit", "org.jiis.examples.tokencache", List.of("TokenCacheAudit"),
        List.of(EventKind.CACHE_OPERATION, EventKind.CACHE_CLEANUP), PriorityKind.MEDIUM,
        ConstructorKind.MODULE_CONTEXT);
  }

  /** A module named {@code name}, which need not be a valid module name: escaping is under test. */
  static ModuleModel named(String name) {
    return new ModuleModel(name, "com.example", List.of("Sample"), List.of(EventKind.CACHE_OPERATION),
        PriorityKind.MEDIUM, ConstructorKind.NO_ARGS);
  }

  /**
   * A runtime packaged the way the processor jar packages it, in {@code directory}: the files, the
   * sorted index and, unless {@code settingsTemplate} is null, the settings template.
   */
  static RuntimeSources packagedRuntime(Path directory, Map<String, String> files, String settingsTemplate) {
    try {
      Path root = directory.resolve(RuntimeSources.ROOT);
      StringBuilder index = new StringBuilder();
      for (Map.Entry<String, String> file : new TreeMap<>(files).entrySet()) {
        Path path = root.resolve(file.getKey());
        Files.createDirectories(path.getParent());
        Files.writeString(path, file.getValue(), StandardCharsets.UTF_8);
        index.append(file.getKey()).append('\n');
      }
      Files.createDirectories(root);
      Files.writeString(directory.resolve(RuntimeSources.INDEX), index, StandardCharsets.UTF_8);
      if (settingsTemplate != null) {
        Files.writeString(directory.resolve(RuntimeSources.SETTINGS_TEMPLATE), settingsTemplate,
            StandardCharsets.UTF_8);
      }
      return RuntimeSources.load(new URLClassLoader(new URL[] {directory.toUri().toURL()}, null));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
