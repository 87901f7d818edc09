package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertWithMessage;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jiis.processor.generation.text.FileContent;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every build file of the example module, byte for byte, against {@code src/test/resources/golden/
 * build/TokenCacheAudit/} (with a small stand-in runtime, so that runtime changes do not move these
 * files). To accept a deliberate change, run {@code mvn -o -pl processor test
 * -Dtest=GoldenBuildFilesTest -Djiis.updateGolden=true} and review the diff.
 */
class GoldenBuildFilesTest {

  private static final Path GOLDEN = Path.of(System.getProperty("basedir", "."),
      "src/test/resources/golden/build/TokenCacheAudit");

  @Test
  void buildFilesMatchTheGoldenFiles(@TempDir Path jar) throws IOException {
    RuntimeSources runtime = TestModules.packagedRuntime(jar, TestModules.SAMPLE_RUNTIME, TestModules.SETTINGS_TEMPLATE);

    for (FileContent file : new BuildFiles(runtime).generate(TestModules.tokenCacheAudit())) {
      if (file.path().startsWith(ModuleFiles.RUNTIME_DIRECTORY + "/")) {
        continue;
      }
      Path golden = GOLDEN.resolve(file.path());
      if (Boolean.getBoolean("jiis.updateGolden")) {
        Files.createDirectories(golden.getParent());
        Files.write(golden, file.bytes());
      }
      assertWithMessage("%s is missing; create it with -Djiis.updateGolden=true and review it", golden)
          .that(Files.exists(golden))
          .isTrue();
      assertWithMessage("%s differs from %s; if the change is intended, rerun with"
          + " -Djiis.updateGolden=true and review the diff", file.path(), golden)
          .that(file.text())
          .isEqualTo(new String(Files.readAllBytes(golden), StandardCharsets.UTF_8));
      assertWithMessage("%s: bytes", file.path()).that(file.bytes()).isEqualTo(Files.readAllBytes(golden));
    }
  }
}
