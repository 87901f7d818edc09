package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class SolutionTextTest {

  @Test
  void valuesAreQuotedAsIs() {
    assertThat(SolutionText.quoted("Caf\u00E9 Module")).isEqualTo("\"Caf\u00E9 Module\"");
    assertThat(SolutionText.quoted("dir\\a.vcxproj")).isEqualTo("\"dir\\a.vcxproj\"");
  }

  @Test
  void quotesAndLineBreaksHaveNoSpellingAndAreRefused() {
    for (String value : new String[] {"a\"b", "a\nb", "a\r", ""}) {
      assertThrows(IllegalArgumentException.class, () -> SolutionText.quoted(value));
    }
  }
}
