package org.jiis.security;

import static com.google.common.truth.Truth.assertThat;

import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

class TokenHandleTest {

  /** Raw HANDLE values as native code widens them to a jlong on x64 and on x86. */
  static Stream<Arguments> rawHandles() {
    return Stream.of(
        Arguments.of(0L, TokenHandle.State.NULL),
        // INVALID_HANDLE_VALUE: (HANDLE)-1, on x64 and sign-extended from x86
        Arguments.of(-1L, TokenHandle.State.INVALID_HANDLE_VALUE),
        // INVALID_HANDLE_VALUE from x86, zero-extended
        Arguments.of(0xFFFF_FFFFL, TokenHandle.State.INVALID_HANDLE_VALUE),
        Arguments.of(0x4L, TokenHandle.State.VALID),
        Arguments.of(0x1F4L, TokenHandle.State.VALID),
        Arguments.of(0x7FFF_FFFCL, TokenHandle.State.VALID),
        Arguments.of(0xFFFF_FFFEL, TokenHandle.State.VALID),
        Arguments.of(-2L, TokenHandle.State.VALID),
        Arguments.of(0x0000_7FF6_1234_5678L, TokenHandle.State.VALID),
        Arguments.of(0x1_0000_0000L, TokenHandle.State.VALID),
        Arguments.of(Long.MIN_VALUE, TokenHandle.State.VALID));
  }

  @ParameterizedTest
  @MethodSource("rawHandles")
  void classifiesRawHandlesOfBothPointerWidths(long raw, TokenHandle.State state) {
    TokenHandle handle = TokenHandle.ofRaw(raw);
    assertThat(handle.state()).isEqualTo(state);
    assertThat(handle.isNull()).isEqualTo(state == TokenHandle.State.NULL);
    assertThat(handle.isInvalid()).isEqualTo(state == TokenHandle.State.INVALID_HANDLE_VALUE);
    assertThat(handle.isValid()).isEqualTo(state == TokenHandle.State.VALID);
  }

  @Test
  void rawValuesMapToTheSharedConstantsSoNoValueIsKept() {
    assertThat(TokenHandle.ofRaw(0)).isSameInstanceAs(TokenHandle.NULL);
    assertThat(TokenHandle.ofRaw(-1)).isSameInstanceAs(TokenHandle.INVALID);
    assertThat(TokenHandle.ofRaw(0x5A5A_1234L)).isSameInstanceAs(TokenHandle.VALID);
    assertThat(TokenHandle.ofRaw(0x0000_7FF6_1234_5678L)).isSameInstanceAs(TokenHandle.VALID);
  }

  @Test
  void describesHandlesTheWayTheIisSamplesPrintThem() {
    assertThat(TokenHandle.NULL.describe()).isEqualTo("NULL");
    assertThat(TokenHandle.INVALID.describe()).isEqualTo("INVALID_HANDLE_VALUE");
    assertThat(TokenHandle.VALID.describe()).isEqualTo("valid");
    assertThat(TokenHandle.NULL.toString()).isEqualTo("TokenHandle[NULL]");
    assertThat(TokenHandle.INVALID.toString()).isEqualTo("TokenHandle[INVALID_HANDLE_VALUE]");
    assertThat(TokenHandle.VALID.toString()).isEqualTo("TokenHandle[valid]");
  }

  @ParameterizedTest
  @ValueSource(longs = {0x5A5A_1234L, 0x0000_7FF6_1234_5678L, 1_234_567_890L, 0x2C8L})
  void neverPrintsTheRawValue(long raw) {
    TokenHandle handle = TokenHandle.ofRaw(raw);
    String[] forms = {
      Long.toString(raw),
      Long.toHexString(raw),
      Long.toHexString(raw).toUpperCase(Locale.ROOT),
      Long.toOctalString(raw),
    };
    for (String printed : new String[] {handle.toString(), handle.describe()}) {
      for (String form : forms) {
        assertThat(printed).doesNotContain(form);
      }
    }
  }
}
