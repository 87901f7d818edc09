package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class TextEncodingTest {

  @Test
  void utf8WithBomStartsWithTheMark() {
    assertThat(TextEncoding.UTF_8_WITH_BOM.encode("é"))
        .isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF, (byte) 0xC3, (byte) 0xA9});
    assertThat(TextEncoding.UTF_8.encode("é")).isEqualTo(new byte[] {(byte) 0xC3, (byte) 0xA9});
  }

  @Test
  void asciiRefusesOtherCharacters() {
    assertThat(TextEncoding.ASCII.encode("A\r\n")).isEqualTo(new byte[] {'A', '\r', '\n'});
    IllegalArgumentException error =
        assertThrows(IllegalArgumentException.class, () -> TextEncoding.ASCII.encode("é"));
    assertThat(error).hasMessageThat().contains("ASCII");
  }

  @Test
  void unpairedSurrogatesAreRefusedNotReplaced() {
    assertThrows(IllegalArgumentException.class, () -> TextEncoding.UTF_8.encode("a\uD800"));
    assertThrows(IllegalArgumentException.class, () -> TextEncoding.UTF_8_WITH_BOM.encode("\uDC00b"));
  }
}
