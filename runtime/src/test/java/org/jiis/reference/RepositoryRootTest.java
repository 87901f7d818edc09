package org.jiis.reference;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RepositoryRootTest {

  private static final String ROOT_POM = """
      <project>
        <groupId>org.jiis</groupId>
        <artifactId>jiis-parent</artifactId>
      </project>
      """;
  private static final String MODULE_POM = """
      <project>
        <parent>
          <groupId>org.jiis</groupId>
          <artifactId>jiis-parent</artifactId>
        </parent>
        <artifactId>jiis-runtime</artifactId>
      </project>
      """;

  @TempDir Path temp;

  @Test
  void walksUpPastModulePomsToTheParentPom() throws IOException {
    Path root = Files.createDirectories(temp.resolve("repo"));
    Files.writeString(root.resolve("pom.xml"), ROOT_POM);
    Path module = Files.createDirectories(root.resolve("runtime"));
    Files.writeString(module.resolve("pom.xml"), MODULE_POM);
    Path deep = Files.createDirectories(module.resolve("target/test-classes"));

    assertThat(RepositoryRoot.find(deep)).isEqualTo(root);
  }

  @Test
  void aCiDirectoryMarksTheRoot() throws IOException {
    Path root = Files.createDirectories(temp.resolve("repo"));
    Files.createDirectories(root.resolve(".ci"));
    Path module = Files.createDirectories(root.resolve("testkit"));
    Files.writeString(module.resolve("pom.xml"), MODULE_POM);

    assertThat(RepositoryRoot.find(module)).isEqualTo(root);
  }

  @Test
  void findsNothingOutsideARepository() throws IOException {
    Path module = Files.createDirectories(temp.resolve("lonely"));
    Files.writeString(module.resolve("pom.xml"), MODULE_POM);

    assertThat(RepositoryRoot.find(module)).isNull();
  }
}
