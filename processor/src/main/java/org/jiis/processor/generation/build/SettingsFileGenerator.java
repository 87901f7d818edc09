package org.jiis.processor.generation.build;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.generation.text.PropertiesText;
import org.jiis.processor.generation.text.TextEncoding;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes {@code <Name>.jiis.properties}: the runtime's commented settings template
 * ({@code runtime/src/main/native/template.jiis.properties}) with every {@value #PLACEHOLDER}
 * replaced by the module name, escaped for a properties file. Everything else, line endings
 * included, is kept as the template has it.
 */
public final class SettingsFileGenerator {

  /** What the template says where the module name goes. */
  public static final String PLACEHOLDER = "@MODULE_NAME@";

  private final String template;

  /**
   * @param template the template's bytes, UTF-8
   * @throws IllegalArgumentException if the bytes are not UTF-8
   */
  public SettingsFileGenerator(byte[] template) {
    try {
      this.template = StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(template))
          .toString();
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException("the settings template is not UTF-8: " + e.getMessage(), e);
    }
  }

  public FileContent generate(ModuleModel model) {
    String text = template.replace(PLACEHOLDER, PropertiesText.escapeValue(model.moduleName()));
    return new FileContent(ModuleFiles.of(model).settings(), TextEncoding.UTF_8.encode(text));
  }
}
