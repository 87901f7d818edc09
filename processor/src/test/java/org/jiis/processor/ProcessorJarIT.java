package org.jiis.processor;

import static com.google.common.truth.Truth.assertThat;
import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged jars as a user gets them: plain {@code javac} (of the JDK running this test) with
 * only the shaded processor jar on {@code -processorpath} and the runtime jar on {@code -classpath}.
 * Runs in {@code verify} (failsafe), after {@code package} built the jars; the jar paths come from
 * {@code processor/pom.xml}.
 */
class ProcessorJarIT {

  private static Path processorJar;
  private static Path runtimeJar;

  @TempDir Path work;

  @BeforeAll
  static void findJars() {
    processorJar = existing("jiis.processorJar");
    runtimeJar = existing("jiis.runtimeJar");
  }

  @Test
  void validModule_producesItsDispatcher() throws Exception {
    write("com/example/Audit.java", """
        package com.example;

        import org.jiis.*;
        import org.jiis.cache.CacheProvider;

        @GlobalModule(events = {GlobalEvent.CACHE_OPERATION, GlobalEvent.CACHE_CLEANUP})
        public class Audit implements CacheOperationListener, CacheCleanupListener {
          public GlobalNotificationStatus onCacheOperation(CacheProvider provider) {
            return GlobalNotificationStatus.CONTINUE;
          }
          public GlobalNotificationStatus onCacheCleanup() { return GlobalNotificationStatus.CONTINUE; }
        }
        """);

    Javac javac = javac();

    assertWithMessage(javac.output).that(javac.exitCode).isEqualTo(0);
    assertThat(javac.output).isEmpty();
    String dispatcher = Files.readString(work.resolve("generated/com/example/AuditDispatcher.java"));
    assertThat(dispatcher).contains("public final class AuditDispatcher extends ModuleDispatcher");
    assertThat(dispatcher).contains("return module.onCacheOperation(provider);");
    assertThat(Files.exists(work.resolve("classes/com/example/AuditDispatcher.class"))).isTrue();
  }

  @Test
  void invalidModules_reportTheirErrorsAndProduceNothing() throws Exception {
    write("com/example/Audit.java", """
        package com.example;

        import org.jiis.*;

        @GlobalModule(events = {GlobalEvent.CACHE_OPERATION})
        public class Audit {
          void method() {
            @GlobalModule(events = GlobalEvent.CACHE_CLEANUP) class Local {}
          }
        }
        """);
    write("com/example/Empty.java", """
        package com.example;

        import org.jiis.*;

        @GlobalModule(name = "Com1", events = {})
        public class Empty {}
        """);

    Javac javac = javac();

    assertWithMessage(javac.output).that(javac.exitCode).isNotEqualTo(0);
    assertThat(javac.output).contains("Audit.java:5: error: [jiis.MissingListener] events lists CACHE_OPERATION");
    assertThat(javac.output).contains("Audit.java:8: error: [jiis.LocalClass] module class Local");
    assertThat(javac.output).contains("Empty.java:5: error: [jiis.NoEvents]");
    assertThat(javac.output).contains("Empty.java:5: error: [jiis.ReservedName] module name \"Com1\"");
    assertThat(javac.output).contains("4 errors");
    assertThat(javac.output).doesNotContain("\tat ");
    try (Stream<Path> generated = Files.walk(work.resolve("generated"))) {
      assertThat(generated.filter(Files::isRegularFile).toList()).isEmpty();
    }
  }

  @Test
  void processorJar_shadesJavaPoetAndRegistersTheProcessor() throws IOException {
    try (JarFile jar = new JarFile(processorJar.toFile())) {
      List<String> entries = jar.stream().map(ZipEntry::getName).toList();

      assertThat(entries.stream().filter(name -> name.startsWith("com/palantir/")).toList()).isEmpty();
      assertThat(entries).contains("org/jiis/processor/shaded/javapoet/JavaFile.class");
      assertThat(entries).contains("org/jiis/processor/GlobalModuleProcessor.class");
      // The runtime is the user's dependency, never bundled into the processor.
      assertThat(entries).doesNotContain("org/jiis/GlobalModule.class");
      assertThat(read(jar, "META-INF/services/javax.annotation.processing.Processor").strip())
          .isEqualTo("org.jiis.processor.GlobalModuleProcessor");
      assertThat(read(jar, "META-INF/gradle/incremental.annotation.processors").strip())
          .isEqualTo("org.jiis.processor.GlobalModuleProcessor,isolating");
    }
  }

  private record Javac(int exitCode, String output) {}

  private Javac javac() throws IOException, InterruptedException {
    Path javac = Path.of(System.getProperty("java.home"), "bin", "javac");
    List<String> command = new ArrayList<>(List.of(javac.toString(),
        "--release", "17",
        "-processorpath", processorJar.toString(),
        "-classpath", runtimeJar.toString(),
        "-d", work.resolve("classes").toString(),
        "-s", work.resolve("generated").toString()));
    Files.createDirectories(work.resolve("generated"));
    try (Stream<Path> sources = Files.walk(work.resolve("src"))) {
      sources.filter(path -> path.toString().endsWith(".java")).forEach(path -> command.add(path.toString()));
    }
    Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertWithMessage("javac finished").that(process.waitFor(2, TimeUnit.MINUTES)).isTrue();
    return new Javac(process.exitValue(), output);
  }

  private void write(String path, String text) throws IOException {
    Path file = work.resolve("src").resolve(path);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
  }

  private static String read(JarFile jar, String entry) throws IOException {
    ZipEntry found = jar.getEntry(entry);
    assertWithMessage("%s in %s", entry, jar.getName()).that(found).isNotNull();
    return new String(jar.getInputStream(found).readAllBytes(), StandardCharsets.UTF_8);
  }

  private static Path existing(String property) {
    String value = System.getProperty(property);
    assertWithMessage("system property %s (set by failsafe in processor/pom.xml)", property).that(value).isNotNull();
    Path path = Path.of(value);
    assertWithMessage("%s does not exist; build it first with mvn -pl processor -am verify", path)
        .that(Files.isRegularFile(path))
        .isTrue();
    return path;
  }
}
