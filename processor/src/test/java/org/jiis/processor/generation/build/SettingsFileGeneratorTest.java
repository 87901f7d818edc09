package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import org.jiis.processor.generation.text.FileContent;
import org.junit.jupiter.api.Test;

class SettingsFileGeneratorTest {

  private static final Path RUNTIME_TEMPLATE = Path.of(System.getProperty("basedir", "."),
      "../runtime/src/main/native/template.jiis.properties");

  @Test
  void replacesEveryPlaceholderWithTheModuleName() throws IOException {
    FileContent file = new SettingsFileGenerator(TestModules.SETTINGS_TEMPLATE.getBytes(StandardCharsets.UTF_8))
        .generate(TestModules.tokenCacheAudit());

    assertThat(file.path()).isEqualTo("TokenCacheAudit.jiis.properties");
    assertThat(file.text()).isEqualTo(TestModules.SETTINGS_TEMPLATE.replace("@MODULE_NAME@", "TokenCacheAudit"));
    assertThat(load(file).getProperty("module.name")).isEqualTo("TokenCacheAudit");
  }

  @Test
  void theNameIsEscapedForPropertiesEvenInComments() throws IOException {
    String name = "a=b\\c caf\u00E9\nevil=1";

    FileContent file = new SettingsFileGenerator(TestModules.SETTINGS_TEMPLATE.getBytes(StandardCharsets.UTF_8))
        .generate(TestModules.named(name));

    Properties properties = load(file);
    assertThat(properties.getProperty("module.name")).isEqualTo(name);
    assertThat(properties.stringPropertyNames()).containsExactly("module.name");
  }

  @Test
  void keepsTheTemplatesLineEndingsAndText() {
    byte[] template = "# \u00E9 @MODULE_NAME@\r\nk=v\r\n".getBytes(StandardCharsets.UTF_8);

    FileContent file = new SettingsFileGenerator(template).generate(TestModules.named("M"));

    assertThat(file.text()).isEqualTo("# \u00E9 M\r\nk=v\r\n");
  }

  @Test
  void aTemplateThatIsNotUtf8IsRefused() {
    assertThrows(IllegalArgumentException.class, () -> new SettingsFileGenerator(new byte[] {'#', (byte) 0xE9}));
  }

  @Test
  void theProcessorJarCarriesTheRuntimesTemplateWhenTheRuntimeHasOne() throws IOException {
    RuntimeSources runtime = RuntimeSources.fromProcessorJar();
    if (Files.exists(RUNTIME_TEMPLATE)) {
      byte[] onDisk = Files.readAllBytes(RUNTIME_TEMPLATE);
      assertThat(runtime.settingsTemplate()).isEqualTo(onDisk);
      assertThat(new String(onDisk, StandardCharsets.UTF_8)).contains(SettingsFileGenerator.PLACEHOLDER);
    } else {
      IllegalStateException error = assertThrows(IllegalStateException.class, runtime::settingsTemplate);
      assertThat(error).hasMessageThat().contains("template.jiis.properties is missing");
    }
  }

  private static Properties load(FileContent file) throws IOException {
    Properties properties = new Properties();
    properties.load(new ByteArrayInputStream(file.bytes()));
    return properties;
  }
}
