package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class CppTextTest {

  @Test
  void quotesBackslashesAndLineBreaksAreEscaped() {
    assertThat(CppText.utf8Literal("say \"hi\"\\n\r\n\t")).isEqualTo("\"say \\\"hi\\\"\\\\n\\r\\n\\t\"");
    assertThat(CppText.wideLiteral("a\"b\\c\nd")).isEqualTo("L\"a\\\"b\\\\c\\nd\"");
  }

  @Test
  void narrowLiteralsSpellUtf8BytesAsHexEscapes() {
    assertThat(CppText.utf8Literal("café")).isEqualTo("\"caf\\xC3\\xA9\"");
    assertThat(CppText.utf8Literal("\uD835\uDCB3")).isEqualTo("\"\\xF0\\x9D\\x92\\xB3\"");
  }

  @Test
  void aHexDigitAfterAHexEscapeStartsANewLiteral() {
    assertThat(CppText.utf8Literal("éA")).isEqualTo("\"\\xC3\\xA9\" \"A\"");
    assertThat(CppText.utf8Literal("é0f")).isEqualTo("\"\\xC3\\xA9\" \"0f\"");
    assertThat(CppText.utf8Literal("ég")).isEqualTo("\"\\xC3\\xA9g\"");
    assertThat(CppText.utf8Literal("\u0001b")).isEqualTo("\"\\x01\" \"b\"");
    assertThat(CppText.wideLiteral("\u0001F")).isEqualTo("L\"\\x01\" \"F\"");
  }

  @Test
  void noTrigraphCanForm() {
    assertThat(CppText.utf8Literal("??=")).isEqualTo("\"?\\?=\"");
    assertThat(CppText.utf8Literal("a???")).isEqualTo("\"a?\\?\\?\"");
    assertThat(CppText.utf8Literal("?a?")).isEqualTo("\"?a?\"");
  }

  @Test
  void wideLiteralsUseUniversalCharacterNames() {
    assertThat(CppText.wideLiteral("café")).isEqualTo("L\"caf\\u00E9\"");
    assertThat(CppText.wideLiteral("\uD835\uDCB3")).isEqualTo("L\"\\U0001D4B3\"");
    assertThat(CppText.wideLiteral("\u0085\u007F")).isEqualTo("L\"\\x85\\x7F\"");
  }

  @Test
  void unpairedSurrogatesAreRefused() {
    IllegalArgumentException narrow =
        assertThrows(IllegalArgumentException.class, () -> CppText.utf8Literal("a\uD800b"));
    assertThat(narrow).hasMessageThat().contains("U+D800 at index 1");
    assertThrows(IllegalArgumentException.class, () -> CppText.wideLiteral("\uDC00"));
  }

  @Test
  void modifiedUtf8MatchesJavasOwnEncoder() throws IOException {
    for (String value : new String[] {"org/jiis/Outer$Inner", "p/\u00DCbung", "\u0000", "\uD835\uDCB3x", "\u20AC"}) {
      ByteArrayOutputStream expected = new ByteArrayOutputStream();
      new DataOutputStream(expected).writeUTF(value);
      byte[] withoutLength = Arrays.copyOfRange(expected.toByteArray(), 2, expected.size());

      assertThat(ModifiedUtf8.encode(value)).isEqualTo(withoutLength);
    }
    assertThat(CppText.modifiedUtf8Literal("a\u0000b")).isEqualTo("\"a\\xC0\\x80\" \"b\"");
  }

  @Test
  void commentTextStaysOnOneLineOfAscii() {
    assertThat(CppText.lineCommentText("p.Caf\u00E9 \\\nnext")).isEqualTo("p.Caf\\u00E9 \\u005C\\u000Anext");
    assertThat(CppText.lineCommentText("\uD835\uDCB3")).isEqualTo("\\U0001D4B3");
  }

  @Test
  void literalsAreAscii() {
    String tricky = "é\"\\\n?\u0000\uD835\uDCB3\u2028";
    for (String literal : new String[] {
        CppText.utf8Literal(tricky), CppText.wideLiteral(tricky), CppText.modifiedUtf8Literal(tricky)}) {
      assertThat(literal.chars().allMatch(c -> c >= 0x20 && c < 0x7F)).isTrue();
    }
  }
}
