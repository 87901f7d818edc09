package org.jiis.security;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.HexFormat;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SidTest {

  /** Binary SIDs (hex) and the string ConvertSidToStringSid gives for them. */
  static Stream<Arguments> wellKnownSids() {
    return Stream.of(
        // LocalSystem
        Arguments.of("010100000000000512000000", "S-1-5-18"),
        // BUILTIN\Administrators
        Arguments.of("01020000000000052000000020020000", "S-1-5-32-544"),
        // The null SID
        Arguments.of("010100000000000000000000", "S-1-0-0"),
        // Everyone
        Arguments.of("010100000000000100000000", "S-1-1-0"),
        // A domain user: S-1-5-21-x-y-z-rid with little-endian sub-authorities
        Arguments.of("010500000000000515000000F2EBB9149329116C5E3528360E040000",
            "S-1-5-21-347728882-1813064083-908604766-1038"),
        // Sub-authorities of 2^31 and more print unsigned
        Arguments.of("010500000000000515000000c7f7fed77c7755c8945ace01f5030000",
            "S-1-5-21-3623811015-3361044348-30300820-1013"),
        Arguments.of("010200000000000500000080ffffffff", "S-1-5-2147483648-4294967295"),
        // No sub-authority at all
        Arguments.of("010000000000000f", "S-1-15"),
        // The largest authority printed in decimal, then the smallest and largest printed in hex
        Arguments.of("01010000ffffffff01000000", "S-1-4294967295-1"),
        Arguments.of("010100010000000001000000", "S-1-0x000100000000-1"),
        Arguments.of("0101123456789abc01000000", "S-1-0x123456789abc-1"),
        Arguments.of("0101ffffffffffff01000000", "S-1-0xffffffffffff-1"));
  }

  @ParameterizedTest
  @MethodSource("wellKnownSids")
  void bytesGiveTheStandardString(String hex, String text) {
    assertThat(Sid.fromBytes(bytes(hex)).toString()).isEqualTo(text);
  }

  @ParameterizedTest
  @MethodSource("wellKnownSids")
  void stringGivesTheBinaryForm(String hex, String text) {
    assertThat(Sid.parse(text).toBytes()).isEqualTo(bytes(hex));
  }

  @ParameterizedTest
  @MethodSource("wellKnownSids")
  void bothFormsGiveEqualValues(String hex, String text) {
    Sid fromBytes = Sid.fromBytes(bytes(hex));
    Sid parsed = Sid.parse(text);
    assertThat(parsed).isEqualTo(fromBytes);
    assertThat(parsed.hashCode()).isEqualTo(fromBytes.hashCode());
  }

  @Test
  void exposesItsParts() {
    Sid sid = Sid.parse("S-1-5-21-3623811015-3361044348-30300820-1013");
    assertThat(sid.revision()).isEqualTo(1);
    assertThat(sid.identifierAuthority()).isEqualTo(5);
    assertThat(sid.subAuthorityCount()).isEqualTo(5);
    assertThat(sid.subAuthority(0)).isEqualTo(21);
    assertThat(sid.subAuthority(1)).isEqualTo(3623811015L);
    assertThat(sid.relativeIdentifier()).isEqualTo(1013);
  }

  @Test
  void aSidWithoutSubAuthoritiesHasNoRid() {
    IllegalStateException e =
        assertThrows(IllegalStateException.class, () -> Sid.parse("S-1-15").relativeIdentifier());
    assertThat(e).hasMessageThat().isEqualTo("SID S-1-15 has no sub-authorities, so no RID");
  }

  @Test
  void parsesHexAuthoritiesAndLowerCaseS() {
    assertThat(Sid.parse("S-1-0x123456789ABC-1")).isEqualTo(Sid.parse("S-1-0x123456789abc-1"));
    assertThat(Sid.parse("S-1-0X5-18")).isEqualTo(Sid.parse("S-1-5-18"));
    assertThat(Sid.parse("s-1-5-18")).isEqualTo(Sid.parse("S-1-5-18"));
    assertThat(Sid.parse("S-1-5-0018").toString()).isEqualTo("S-1-5-18");
  }

  @Test
  void equalityComparesEveryPart() {
    Sid user = Sid.parse("S-1-5-21-1-2-3-1001");
    assertThat(user).isEqualTo(Sid.parse("S-1-5-21-1-2-3-1001"));
    assertThat(user).isNotEqualTo(Sid.parse("S-1-5-21-1-2-3-1002"));
    assertThat(user).isNotEqualTo(Sid.parse("S-1-5-21-1-2-3"));
    assertThat(user).isNotEqualTo(Sid.parse("S-1-5-21-1-2-3-1001-0"));
    assertThat(user).isNotEqualTo(Sid.parse("S-1-1-21-1-2-3-1001"));
    assertThat(user).isNotEqualTo("S-1-5-21-1-2-3-1001");
    assertThat(user).isNotEqualTo(null);
  }

  @Test
  void doesNotShareItsBytes() {
    byte[] input = bytes("010100000000000512000000");
    Sid sid = Sid.fromBytes(input);
    input[8] = 0x13;
    sid.toBytes()[8] = 0x14;
    assertThat(sid.toString()).isEqualTo("S-1-5-18");
  }

  @Test
  void acceptsTheMaximumOfFifteenSubAuthorities() {
    String text = "S-1-5" + "-7".repeat(15);
    assertThat(Sid.parse(text).subAuthorityCount()).isEqualTo(15);
    assertThat(Sid.fromBytes(Sid.parse(text).toBytes()).toString()).isEqualTo(text);
  }

  static Stream<Arguments> malformedBytes() {
    return Stream.of(
        Arguments.of(null, "SID bytes are null"),
        Arguments.of("", "SID too short: 0 bytes, a SID has at least 8"),
        Arguments.of("01010000000005", "SID too short: 7 bytes, a SID has at least 8"),
        Arguments.of("020100000000000512000000", "Unsupported SID revision 2 (expected 1)"),
        Arguments.of("0110000000000005" + "00000000".repeat(16),
            "SID has 16 sub-authorities, at most 15 are allowed"),
        Arguments.of("01020000000000052000000020",
            "SID length mismatch: 2 sub-authorities need 16 bytes, got 13"),
        Arguments.of("01010000000000051200000000",
            "SID length mismatch: 1 sub-authorities need 12 bytes, got 13"));
  }

  @ParameterizedTest
  @MethodSource("malformedBytes")
  void rejectsMalformedBytesSayingWhatIsWrong(String hex, String message) {
    byte[] input = hex == null ? null : bytes(hex);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Sid.fromBytes(input));
    assertThat(e).hasMessageThat().isEqualTo(message);
  }

  static Stream<Arguments> malformedStrings() {
    return Stream.of(
        Arguments.of(null, "SID string is null"),
        Arguments.of("", "Not a SID string: '' (expected S-1-<authority>-<sub-authority>...)"),
        Arguments.of("S-1", "Not a SID string: 'S-1' (expected S-1-<authority>-<sub-authority>...)"),
        Arguments.of("X-1-5-18",
            "Not a SID string: 'X-1-5-18' (expected S-1-<authority>-<sub-authority>...)"),
        Arguments.of("S-2-5-18", "Unsupported SID revision '2' in 'S-2-5-18' (expected 1)"),
        Arguments.of("S--5-18", "Unsupported SID revision '' in 'S--5-18' (expected 1)"),
        Arguments.of("S-1--18",
            "Bad identifier authority '' in SID 'S-1--18' (expected a decimal number)"),
        Arguments.of("S-1-NT-18",
            "Bad identifier authority 'NT' in SID 'S-1-NT-18' (expected a decimal number)"),
        Arguments.of("S-1-281474976710656-1",
            "The identifier authority 281474976710656 in SID 'S-1-281474976710656-1'"
                + " is larger than 281474976710655"),
        Arguments.of("S-1-0x-1", "Bad identifier authority '0x' in SID 'S-1-0x-1'"
            + " (expected a 48-bit value: decimal, or hex with 0x)"),
        Arguments.of("S-1-0x1000000000000-1",
            "Bad identifier authority '0x1000000000000' in SID 'S-1-0x1000000000000-1'"
                + " (expected a 48-bit value: decimal, or hex with 0x)"),
        Arguments.of("S-1-0xEFG-1", "Bad identifier authority '0xEFG' in SID 'S-1-0xEFG-1'"
            + " (expected a 48-bit value: decimal, or hex with 0x)"),
        Arguments.of("S-1-5-18-",
            "Bad sub-authority '' in SID 'S-1-5-18-' (expected a decimal number)"),
        Arguments.of("S-1-5- 18",
            "Bad sub-authority ' 18' in SID 'S-1-5- 18' (expected a decimal number)"),
        Arguments.of("S-1-5-+18",
            "Bad sub-authority '+18' in SID 'S-1-5-+18' (expected a decimal number)"),
        Arguments.of("S-1-5-0x12",
            "Bad sub-authority '0x12' in SID 'S-1-5-0x12' (expected a decimal number)"),
        Arguments.of("S-1-5-4294967296",
            "The sub-authority 4294967296 in SID 'S-1-5-4294967296' is larger than 4294967295"),
        Arguments.of("S-1-5-99999999999999999999",
            "The sub-authority 99999999999999999999 in SID 'S-1-5-99999999999999999999'"
                + " is larger than 4294967295"),
        Arguments.of("S-1-5" + "-1".repeat(16),
            "SID 'S-1-5" + "-1".repeat(16) + "' has 16 sub-authorities, at most 15 are allowed"));
  }

  @ParameterizedTest
  @MethodSource("malformedStrings")
  void rejectsMalformedStringsNamingThePartThatIsWrong(String text, String message) {
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Sid.parse(text));
    assertThat(e).hasMessageThat().isEqualTo(message);
  }

  private static byte[] bytes(String hex) {
    return HexFormat.of().parseHex(hex);
  }
}
