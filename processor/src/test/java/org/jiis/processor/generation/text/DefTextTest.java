package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class DefTextTest {

  @Test
  void namesAreQuotedSoReservedWordsAndSpacesAreSafe() {
    assertThat(DefText.quoted("TokenCacheAudit")).isEqualTo("\"TokenCacheAudit\"");
    assertThat(DefText.quoted("EXPORTS")).isEqualTo("\"EXPORTS\"");
    assertThat(DefText.quoted("a b;c\\d")).isEqualTo("\"a b;c\\d\"");
  }

  @Test
  void quotesLineBreaksAndNonAsciiTextHaveNoSpellingAndAreRefused() {
    for (String value : new String[] {"a\"b", "a\nb", "a\rb", "caf\u00E9", "\u6A21", ""}) {
      IllegalArgumentException error =
          assertThrows(IllegalArgumentException.class, () -> DefText.quoted(value));
      assertThat(error).hasMessageThat().contains(".def");
    }
  }
}
