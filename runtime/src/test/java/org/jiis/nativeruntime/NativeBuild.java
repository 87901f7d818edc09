package org.jiis.nativeruntime;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.jiis.nativeruntime.NativeTools.Tool;

/**
 * Builds, once per test JVM, everything the runtime's native tests run: the runtime as a static
 * library (g++ with the flags module builds use), the C++ unit test programs, the test module
 * libraries (each with its own copy of the runtime, as generated modules have), the test hosts,
 * and the Java stand-ins compiled into a class folder and a jar.
 */
final class NativeBuild {

  static final Path MODULE_DIR = Path.of(System.getProperty("user.dir")).toAbsolutePath();
  static final Path RUNTIME_NATIVE = MODULE_DIR.resolve("src/main/native");
  static final Path TEST_NATIVE = MODULE_DIR.resolve("src/test/native");
  static final Path FOREIGN_UPCALLS =
      MODULE_DIR.resolve("src/main/java/org/jiis/internal/ForeignUpcalls.java");
  static final Path JNI_WIN32 = MODULE_DIR.resolve("../testkit/src/main/native/jni-win32").normalize();
  static final Path OUTPUT = MODULE_DIR.resolve("target/native-test");

  /** Every module library and program is compiled with these (plus include paths). */
  static final List<String> GXX_FLAGS =
      List.of("-std=c++17", "-Wall", "-Wextra", "-Werror", "-fvisibility=hidden", "-fPIC");

  private static NativeBuild built;

  final Path javaHome;
  final Path standinClasses;
  final Path standinJar;
  final Path settingsTest;
  final Path textTest;
  /** Module "Alpha": its echo native adds 1000. */
  final Path alpha;
  /** Module "Beta": its echo native adds 2000. */
  final Path beta;
  /** Module "Gamma": its spec names an event entry point NativeModule lacks. */
  final Path missingEvent;
  /** Module "Delta": its spec gives an event the signature "(I)I". */
  final Path badSpec;
  /** Exports jiis_host_event_log and prints each entry as an EVENTLOG| line. */
  final Path host;
  /** Does not export jiis_host_event_log: entries go to stderr or log.file. */
  final Path hostWithoutEventLog;

  static synchronized NativeBuild get() {
    if (built == null) {
      built = new NativeBuild();
    }
    return built;
  }

  private NativeBuild() {
    javaHome = javaHome();
    Path dir = recreate(OUTPUT.resolve("build"));
    standinClasses = compileStandins(dir.resolve("standins"));
    standinJar = jar(standinClasses, dir.resolve("standins.jar"));
    Path runtimeLibrary = runtimeLibrary(dir.resolve("runtime"));
    settingsTest = program(dir, "settings_test", List.of(TEST_NATIVE.resolve("settings_test.cpp").toString(),
        runtimeLibrary.toString()));
    textTest = program(dir, "text_test", List.of(TEST_NATIVE.resolve("text_test.cpp").toString(),
        runtimeLibrary.toString()));
    alpha = module(dir, runtimeLibrary, "Alpha", "-DTEST_ECHO_OFFSET=1000");
    beta = module(dir, runtimeLibrary, "Beta", "-DTEST_ECHO_OFFSET=2000");
    missingEvent = module(dir, runtimeLibrary, "Gamma", "-DTEST_MISSING_EVENT");
    badSpec = module(dir, runtimeLibrary, "Delta", "-DTEST_BAD_SIGNATURE");
    host = program(dir, "test_host", List.of("-rdynamic", TEST_NATIVE.resolve("test_host.cpp").toString()));
    hostWithoutEventLog = program(dir, "test_host_without_event_log",
        List.of("-DTEST_HOST_WITHOUT_EVENT_LOG", TEST_NATIVE.resolve("test_host.cpp").toString()));
  }

  /** The JDK running the tests; its include/jni.h is what the runtime compiles against. */
  static Path javaHome() {
    Path home = Path.of(System.getProperty("java.home"));
    if (!Files.isRegularFile(home.resolve("include/jni.h"))) {
      fail("java.home " + home + " has no include/jni.h: run the tests on a JDK, not a JRE");
    }
    return home;
  }

  /** The runtime's .cpp files, in name order. */
  static List<Path> runtimeSources() {
    try (Stream<Path> files = Files.list(RUNTIME_NATIVE.resolve("src"))) {
      return files.filter(f -> f.toString().endsWith(".cpp")).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** g++ for Linux: GXX_FLAGS, the runtime's headers, and the JDK's jni.h as a system header. */
  List<String> gxx(String... more) {
    List<String> command = new ArrayList<>();
    command.add(Tool.GXX.path());
    command.addAll(GXX_FLAGS);
    command.add("-I" + RUNTIME_NATIVE.resolve("include"));
    command.add("-I" + RUNTIME_NATIVE.resolve("src"));
    command.add("-I" + TEST_NATIVE);
    command.add("-isystem");
    command.add(javaHome.resolve("include").toString());
    command.add("-isystem");
    command.add(javaHome.resolve("include/linux").toString());
    command.addAll(List.of(more));
    return command;
  }

  /**
   * Flags for Windows compilers: C++17 with every warning an error, the runtime's headers, and
   * the Linux JDK's jni.h with testkit's Windows jni_md.h, both as system headers.
   */
  static List<String> windowsFlags() {
    return List.of("-std=c++17", "-Wall", "-Wextra", "-Werror",
        "-I" + RUNTIME_NATIVE.resolve("include"),
        "-I" + RUNTIME_NATIVE.resolve("src"),
        "-I" + TEST_NATIVE,
        "-isystem", JNI_WIN32.toString(),
        "-isystem", javaHome().resolve("include").toString());
  }

  private Path runtimeLibrary(Path dir) {
    recreate(dir);
    List<Path> sources = runtimeSources();
    List<String> objects = new ArrayList<>();
    ExecutorService compilers = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors());
    try {
      List<Future<NativeTools.Result>> results = new ArrayList<>();
      for (Path source : sources) {
        String object = dir.resolve(source.getFileName().toString().replace(".cpp", ".o")).toString();
        objects.add(object);
        results.add(compilers.submit(() -> NativeTools.run(dir, gxx("-c", source.toString(), "-o", object))));
      }
      for (Future<NativeTools.Result> result : results) {
        result.get().assertSuccess();
      }
    } catch (Exception e) {
      return fail("compiling the runtime failed", e);
    } finally {
      compilers.shutdownNow();
    }
    Path library = dir.resolve("libjiis_runtime.a");
    List<String> archive = new ArrayList<>(List.of(Tool.AR.path(), "rcs", library.toString()));
    archive.addAll(objects);
    NativeTools.runSuccessfully(dir, archive);
    return library;
  }

  private Path module(Path dir, Path runtimeLibrary, String name, String define) {
    Path library = dir.resolve(name + ".so");
    NativeTools.runSuccessfully(dir, gxx("-shared", "-DTEST_MODULE_NAME=" + name, define,
        TEST_NATIVE.resolve("test_module.cpp").toString(), runtimeLibrary.toString(),
        "-o", library.toString(), "-ldl", "-lpthread"));
    return library;
  }

  private Path program(Path dir, String name, List<String> inputs) {
    Path program = dir.resolve(name);
    List<String> command = gxx();
    command.addAll(inputs);
    command.addAll(List.of("-o", program.toString(), "-ldl", "-lpthread"));
    NativeTools.runSuccessfully(dir, command);
    return program;
  }

  private static Path compileStandins(Path classes) {
    recreate(classes);
    List<String> arguments = new ArrayList<>(List.of("-d", classes.toString(), "--release", "17",
        "-Xlint:all", "-Werror"));
    try (Stream<Path> files = Files.walk(TEST_NATIVE.resolve("java"))) {
      files.filter(f -> f.toString().endsWith(".java")).sorted().forEach(f -> arguments.add(f.toString()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    // The stand-in NativeModule makes its upcall stubs with the runtime's own code.
    arguments.add(FOREIGN_UPCALLS.toString());
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    if (javac == null) {
      fail("no system Java compiler: run the tests on a JDK");
    }
    ByteArrayOutputStream messages = new ByteArrayOutputStream();
    if (javac.run(null, messages, messages, arguments.toArray(String[]::new)) != 0) {
      fail("compiling the Java stand-ins failed:\n" + messages.toString(StandardCharsets.UTF_8));
    }
    return classes;
  }

  private static Path jar(Path classes, Path jar) {
    try (OutputStream file = Files.newOutputStream(jar);
        JarOutputStream out = new JarOutputStream(file);
        Stream<Path> files = Files.walk(classes)) {
      for (Path classFile : files.filter(Files::isRegularFile).sorted().toList()) {
        out.putNextEntry(new JarEntry(classes.relativize(classFile).toString().replace('\\', '/')));
        out.write(Files.readAllBytes(classFile));
        out.closeEntry();
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jar;
  }

  /** Empties (or creates) {@code dir}. */
  static Path recreate(Path dir) {
    try {
      if (Files.exists(dir)) {
        try (Stream<Path> files = Files.walk(dir)) {
          for (Path file : files.sorted((a, b) -> b.compareTo(a)).toList()) {
            Files.delete(file);
          }
        }
      }
      return Files.createDirectories(dir);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
