package org.jiis.internal;

import static com.google.common.truth.Truth.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WindowsFileTimeTest {

  @Test
  void zeroIsTheStartOf1601() {
    assertThat(WindowsFileTime.toInstant(0)).isEqualTo(Instant.parse("1601-01-01T00:00:00Z"));
  }

  @Test
  void theUnixEpochIsTheWellKnownFileTime() {
    // 116444736000000000: the FILETIME of 1970-01-01, as used by every FILETIME/time_t conversion.
    assertThat(WindowsFileTime.toInstant(116_444_736_000_000_000L)).isEqualTo(Instant.EPOCH);
  }

  @Test
  void hundredNanosecondIntervalsArePreserved() {
    assertThat(WindowsFileTime.toInstant(133_485_408_001_234_567L))
        .isEqualTo(Instant.parse("2024-01-01T00:00:00.1234567Z"));
  }

  @Test
  void theHighestBitIsPartOfTheValueNotASign() {
    // 0xFFFFFFFFFFFFFFFF intervals = 1844674407370 s + 0.9551615 s after 1601-01-01.
    assertThat(WindowsFileTime.toInstant(-1L))
        .isEqualTo(Instant.ofEpochSecond(1_844_674_407_370L - 11_644_473_600L, 955_161_500));
  }
}
