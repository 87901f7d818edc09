package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class PropertiesTextTest {

  private static final String[] VALUES = {
      "TokenCacheAudit", " leading space", "a=b:c#d!e", "C:\\dir\\file", "line\nbreak\r\n\ttab\f",
      "caf\u00E9 \u6A21 \uD835\uDCB3", "trailing ", "\u0000\u007F"};

  @Test
  void javaUtilPropertiesReadsTheValuesBack() throws IOException {
    for (String value : VALUES) {
      Properties properties = new Properties();
      properties.load(new StringReader("key=" + PropertiesText.escapeValue(value) + "\n"));

      assertThat(properties.getProperty("key")).isEqualTo(value);
    }
  }

  @Test
  void theEscapedValueIsOneLineOfPrintableAscii() {
    for (String value : VALUES) {
      assertThat(PropertiesText.escapeValue(value).chars().allMatch(c -> c >= 0x20 && c < 0x7F)).isTrue();
    }
    assertThat(PropertiesText.escapeValue("caf\u00E9")).isEqualTo("caf\\u00E9");
  }

  @Test
  void aValueInsideACommentCannotEndTheComment() throws IOException {
    Properties properties = new Properties();
    properties.load(new StringReader("# module " + PropertiesText.escapeValue("x\nevil=1") + "\n"));

    assertThat(properties).isEmpty();
  }
}
