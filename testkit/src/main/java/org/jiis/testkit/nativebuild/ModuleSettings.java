package org.jiis.testkit.nativebuild;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.CodeSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jiis.testkit.host.LogLevel;

/**
 * The {@code <Name>.jiis.properties} of a test run: the settings a module reads beside its library
 * when {@code RegisterModule} is called (docs/SETTINGS.md in the jiis repository lists them all).
 * For a test, the module starts a JVM from the running JDK and a failed start fails {@code
 * RegisterModule}, so a wrong class path shows as a failed registration in the simulator's report:
 *
 * <pre>{@code
 * Path module = ModuleSettings.forTestRun()
 *     .classPathOf(MyModule.class, GlobalModule.class)   // the module's classes, the jiis runtime
 *     .debug(true)
 *     .installCopy(Path.of("target/jiis-native/MyModule.so"), temporaryFolder);
 * HostReport report = HostSimulator.forModule(module).scenario(...).run();
 * }</pre>
 *
 * <p>Paths are written absolute: the module would read relative ones against its own folder.
 */
public final class ModuleSettings {

  private static final String LIBRARY_SUFFIX = ".so";

  private Path javaHome = Path.of(System.getProperty("java.home"));
  private final List<Path> classPath = new ArrayList<>();
  private final List<String> jvmOptions = new ArrayList<>();
  private boolean debug;
  private LogLevel logLevel;
  private boolean failStartup = true;

  private ModuleSettings() {}

  /**
   * Settings for a test: {@code java.home} of the running JVM, {@code startup.failure = fail},
   * {@code debug = false}, the runtime's default log level ({@code info}), no class path yet.
   */
  public static ModuleSettings forTestRun() {
    return new ModuleSettings();
  }

  /** {@code java.home}: the Java home to start the JVM from (default: the running JVM's). */
  public ModuleSettings javaHome(Path value) {
    javaHome = Objects.requireNonNull(value, "javaHome");
    return this;
  }

  /**
   * Adds {@code class.path} entries: jars or class folders.
   *
   * @throws IllegalArgumentException for a path the settings file cannot hold (one with a
   *     {@code ;}, which separates entries, or a line break)
   */
  public ModuleSettings classPath(Path... entries) {
    for (Path entry : entries) {
      Path absolute = entry.toAbsolutePath().normalize();
      String text = absolute.toString();
      if (text.contains(";")) {
        throw new IllegalArgumentException(
            "The class path entry " + text + " contains ';', which separates class.path entries;"
                + " move it to a path without one.");
      }
      requireSingleLine("class.path", text);
      classPath.add(absolute);
    }
    return this;
  }

  /**
   * Adds the jar or class folder each class was loaded from: {@code classPathOf(MyModule.class,
   * GlobalModule.class)} gives the module's classes and the jiis runtime.
   *
   * @throws IllegalArgumentException for a class without a code source (a JDK class)
   */
  public ModuleSettings classPathOf(Class<?>... classes) {
    for (Class<?> type : classes) {
      CodeSource source = type.getProtectionDomain().getCodeSource();
      if (source == null || source.getLocation() == null) {
        throw new IllegalArgumentException(
            type.getName() + " was not loaded from a jar or class folder; name a class of the"
                + " module or of the jiis runtime.");
      }
      try {
        classPath(Path.of(source.getLocation().toURI()));
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException("Cannot read the location of " + type.getName(), e);
      }
    }
    return this;
  }

  /** Adds a {@code jvm.option} (used when this module creates the JVM). */
  public ModuleSettings jvmOption(String option) {
    if (!option.startsWith("-")) {
      throw new IllegalArgumentException("A JVM option starts with '-', got: " + option);
    }
    requireSingleLine("jvm.option", option);
    jvmOptions.add(option);
    return this;
  }

  /** {@code debug}: what the module's {@code ModuleContext.debugEnabled()} returns. */
  public ModuleSettings debug(boolean value) {
    debug = value;
    return this;
  }

  /** {@code log.level}: entries below it are dropped (default {@code info}). */
  public ModuleSettings logLevel(LogLevel value) {
    logLevel = Objects.requireNonNull(value, "logLevel");
    return this;
  }

  /**
   * {@code startup.failure}: {@code true} (the default here) makes a failed start fail {@code
   * RegisterModule}; {@code false} leaves the module inert, as IIS deployments usually want.
   */
  public ModuleSettings failStartup(boolean value) {
    failStartup = value;
    return this;
  }

  /** The settings file's text. */
  public String text() {
    StringBuilder text = new StringBuilder();
    text.append("# Written by ").append(ModuleSettings.class.getName()).append(" for a test run.\n");
    setting(text, "java.home", javaHome.toAbsolutePath().toString());
    if (!classPath.isEmpty()) {
      setting(text, "class.path",
          String.join(";", classPath.stream().map(Path::toString).toList()));
    }
    for (String option : jvmOptions) {
      setting(text, "jvm.option", option);
    }
    setting(text, "startup.failure", failStartup ? "fail" : "inert");
    if (logLevel != null) {
      setting(text, "log.level", logLevel.name().toLowerCase(Locale.ROOT));
    }
    setting(text, "debug", Boolean.toString(debug));
    return text.toString();
  }

  /**
   * Writes {@code <Name>.jiis.properties} beside {@code moduleLibrary} ({@code <Name>.so}),
   * replacing the file if there is one.
   *
   * @return the settings file
   */
  public Path writeBeside(Path moduleLibrary) {
    Path file = moduleLibrary.toAbsolutePath().resolveSibling(moduleName(moduleLibrary) + ".jiis.properties");
    try {
      Files.writeString(file, text(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot write the module settings " + file, e);
    }
    return file;
  }

  /**
   * Copies {@code moduleLibrary} into {@code directory} and writes these settings beside the copy:
   * one folder per set of settings, so that runs with different settings can share a build.
   *
   * @return the copied library, to hand to the simulator
   */
  public Path installCopy(Path moduleLibrary, Path directory) {
    moduleName(moduleLibrary);
    Path copy = directory.toAbsolutePath().resolve(moduleLibrary.getFileName());
    try {
      Files.createDirectories(directory);
      Files.copy(moduleLibrary, copy, StandardCopyOption.REPLACE_EXISTING);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot copy " + moduleLibrary + " to " + directory, e);
    }
    writeBeside(copy);
    return copy;
  }

  private static String moduleName(Path moduleLibrary) {
    String file = moduleLibrary.getFileName().toString();
    if (!file.endsWith(LIBRARY_SUFFIX) || file.length() == LIBRARY_SUFFIX.length()) {
      throw new IllegalArgumentException(
          moduleLibrary + " is no module library: expected <Name>" + LIBRARY_SUFFIX
              + ", as ModuleBuild writes it.");
    }
    return file.substring(0, file.length() - LIBRARY_SUFFIX.length());
  }

  private static void setting(StringBuilder text, String name, String value) {
    requireSingleLine(name, value);
    text.append(name).append(" = ").append(value).append('\n');
  }

  /** The settings format has no escapes: a value is one line, without spaces at either end. */
  private static void requireSingleLine(String name, String value) {
    if (value.contains("\n") || value.contains("\r") || !value.equals(value.strip())) {
      throw new IllegalArgumentException(
          "The value of " + name + " must be one line without spaces at either end, got \""
              + value + "\"");
    }
  }
}
