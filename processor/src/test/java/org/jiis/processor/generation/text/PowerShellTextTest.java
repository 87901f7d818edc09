package org.jiis.processor.generation.text;

import static com.google.common.truth.Truth.assertThat;

import org.junit.jupiter.api.Test;

class PowerShellTextTest {

  @Test
  void singleQuotesAreDoubled() {
    assertThat(PowerShellText.singleQuoted("it's")).isEqualTo("'it''s'");
  }

  @Test
  void typographicSingleQuotesAreDoubledToo() {
    assertThat(PowerShellText.singleQuoted("a\u2018b\u2019c\u201Ad\u201Be"))
        .isEqualTo("'a\u2018\u2018b\u2019\u2019c\u201A\u201Ad\u201B\u201Be'");
  }

  @Test
  void nothingElseIsSpecialInAVerbatimString() {
    assertThat(PowerShellText.singleQuoted("$env:x `n \"q\" C:\\dir\\ \u00E9 @(1)"))
        .isEqualTo("'$env:x `n \"q\" C:\\dir\\ \u00E9 @(1)'");
    assertThat(PowerShellText.singleQuoted("line\r\nbreak")).isEqualTo("'line\r\nbreak'");
    assertThat(PowerShellText.singleQuoted("")).isEqualTo("''");
  }
}
