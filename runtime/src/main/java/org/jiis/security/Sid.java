package org.jiis.security;

import java.util.Arrays;

/**
 * A Windows security identifier, as a value. Built from the binary form IIS hands out
 * ({@link #fromBytes}) or parsed from the standard string form {@code S-1-5-21-...}
 * ({@link #parse}); {@link #toString()} gives that string form, as {@code ConvertSidToStringSid}
 * would.
 */
public final class Sid {

  /** {@code SID_MAX_SUB_AUTHORITIES}. */
  public static final int MAX_SUB_AUTHORITIES = 15;

  private static final int HEADER_LENGTH = 8;
  private static final long MAX_AUTHORITY = 0xFFFF_FFFF_FFFFL;

  private final int revision;
  private final long identifierAuthority;
  private final int[] subAuthorities;

  private Sid(int revision, long identifierAuthority, int[] subAuthorities) {
    this.revision = revision;
    this.identifierAuthority = identifierAuthority;
    this.subAuthorities = subAuthorities;
  }

  /**
   * Reads a binary SID: revision 1, a sub-authority count of at most 15, a 48-bit big-endian
   * identifier authority, then the sub-authorities as little-endian 32-bit values.
   *
   * @throws IllegalArgumentException if the bytes are not exactly one well-formed SID
   */
  public static Sid fromBytes(byte[] bytes) {
    if (bytes == null) {
      throw new IllegalArgumentException("SID bytes are null");
    }
    if (bytes.length < HEADER_LENGTH) {
      throw new IllegalArgumentException(
          "SID too short: " + bytes.length + " bytes, a SID has at least " + HEADER_LENGTH);
    }
    int revision = bytes[0] & 0xFF;
    if (revision != 1) {
      throw new IllegalArgumentException("Unsupported SID revision " + revision + " (expected 1)");
    }
    int count = bytes[1] & 0xFF;
    if (count > MAX_SUB_AUTHORITIES) {
      throw new IllegalArgumentException(
          "SID has " + count + " sub-authorities, at most " + MAX_SUB_AUTHORITIES + " are allowed");
    }
    int expected = HEADER_LENGTH + 4 * count;
    if (bytes.length != expected) {
      throw new IllegalArgumentException(
          "SID length mismatch: " + count + " sub-authorities need " + expected
              + " bytes, got " + bytes.length);
    }
    long authority = 0;
    for (int i = 2; i < HEADER_LENGTH; i++) {
      authority = (authority << 8) | (bytes[i] & 0xFF);
    }
    int[] subs = new int[count];
    for (int i = 0; i < count; i++) {
      int o = HEADER_LENGTH + 4 * i;
      subs[i] = (bytes[o] & 0xFF)
          | (bytes[o + 1] & 0xFF) << 8
          | (bytes[o + 2] & 0xFF) << 16
          | (bytes[o + 3] & 0xFF) << 24;
    }
    return new Sid(revision, authority, subs);
  }

  /**
   * Parses the string form {@code S-1-<authority>(-<sub-authority>)*}. The authority is decimal,
   * or hexadecimal with a {@code 0x} prefix; sub-authorities are unsigned 32-bit decimals.
   *
   * @throws IllegalArgumentException naming the part that is wrong
   */
  public static Sid parse(String text) {
    if (text == null) {
      throw new IllegalArgumentException("SID string is null");
    }
    String[] parts = text.split("-", -1);
    if (parts.length < 3 || !parts[0].equalsIgnoreCase("S")) {
      throw new IllegalArgumentException(
          "Not a SID string: '" + text + "' (expected S-1-<authority>-<sub-authority>...)");
    }
    if (!parts[1].equals("1")) {
      throw new IllegalArgumentException(
          "Unsupported SID revision '" + parts[1] + "' in '" + text + "' (expected 1)");
    }
    int count = parts.length - 3;
    if (count > MAX_SUB_AUTHORITIES) {
      throw new IllegalArgumentException(
          "SID '" + text + "' has " + count + " sub-authorities, at most "
              + MAX_SUB_AUTHORITIES + " are allowed");
    }
    long authority = parseAuthority(parts[2], text);
    int[] subs = new int[count];
    for (int i = 0; i < count; i++) {
      subs[i] = (int) parseUnsigned(parts[3 + i], 0xFFFF_FFFFL, "sub-authority", text);
    }
    return new Sid(1, authority, subs);
  }

  private static long parseAuthority(String part, String text) {
    if (part.startsWith("0x") || part.startsWith("0X")) {
      String hex = part.substring(2);
      if (hex.isEmpty() || hex.length() > 12 || !hex.chars().allMatch(Sid::isHexDigit)) {
        throw new IllegalArgumentException(
            "Bad identifier authority '" + part + "' in SID '" + text
                + "' (expected a 48-bit value: decimal, or hex with 0x)");
      }
      return Long.parseLong(hex, 16);
    }
    return parseUnsigned(part, MAX_AUTHORITY, "identifier authority", text);
  }

  private static long parseUnsigned(String part, long max, String what, String text) {
    if (part.isEmpty() || !part.chars().allMatch(c -> c >= '0' && c <= '9')) {
      throw new IllegalArgumentException(
          "Bad " + what + " '" + part + "' in SID '" + text + "' (expected a decimal number)");
    }
    String digits = part.replaceFirst("^0+(?=.)", "");
    // Every maximum here is below 10^15: more digits than that cannot fit and would overflow a long.
    long value = digits.length() > 15 ? Long.MAX_VALUE : Long.parseLong(digits);
    if (value > max) {
      throw new IllegalArgumentException(
          "The " + what + " " + part + " in SID '" + text + "' is larger than " + max);
    }
    return value;
  }

  private static boolean isHexDigit(int c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  /** The SID's revision (always 1). */
  public int revision() {
    return revision;
  }

  /** The 48-bit identifier authority, for example 5 for {@code SECURITY_NT_AUTHORITY}. */
  public long identifierAuthority() {
    return identifierAuthority;
  }

  /** The number of sub-authorities. */
  public int subAuthorityCount() {
    return subAuthorities.length;
  }

  /** The sub-authority at {@code index}, as an unsigned 32-bit value. */
  public long subAuthority(int index) {
    return Integer.toUnsignedLong(subAuthorities[index]);
  }

  /** The last sub-authority, the relative identifier (RID), as an unsigned 32-bit value. */
  public long relativeIdentifier() {
    if (subAuthorities.length == 0) {
      throw new IllegalStateException("SID " + this + " has no sub-authorities, so no RID");
    }
    return subAuthority(subAuthorities.length - 1);
  }

  /** The binary form, as {@code GetLengthSid} bytes from a {@code PSID}. */
  public byte[] toBytes() {
    byte[] bytes = new byte[HEADER_LENGTH + 4 * subAuthorities.length];
    bytes[0] = (byte) revision;
    bytes[1] = (byte) subAuthorities.length;
    for (int i = 0; i < 6; i++) {
      bytes[2 + i] = (byte) (identifierAuthority >>> (8 * (5 - i)));
    }
    for (int i = 0; i < subAuthorities.length; i++) {
      int o = HEADER_LENGTH + 4 * i;
      int s = subAuthorities[i];
      bytes[o] = (byte) s;
      bytes[o + 1] = (byte) (s >>> 8);
      bytes[o + 2] = (byte) (s >>> 16);
      bytes[o + 3] = (byte) (s >>> 24);
    }
    return bytes;
  }

  /** The string form, for example {@code S-1-5-21-3623811015-3361044348-30300820-1013}. */
  @Override
  public String toString() {
    StringBuilder b = new StringBuilder(16 + 11 * subAuthorities.length).append("S-").append(revision).append('-');
    if (identifierAuthority >= (1L << 32)) {
      // ConvertSidToStringSid prints the six authority bytes as "0x%02hx..." (lower case).
      b.append(String.format("0x%012x", identifierAuthority));
    } else {
      b.append(identifierAuthority);
    }
    for (int s : subAuthorities) {
      b.append('-').append(Integer.toUnsignedString(s));
    }
    return b.toString();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Sid other
        && revision == other.revision
        && identifierAuthority == other.identifierAuthority
        && Arrays.equals(subAuthorities, other.subAuthorities);
  }

  @Override
  public int hashCode() {
    return 31 * Long.hashCode(identifierAuthority) + Arrays.hashCode(subAuthorities);
  }
}
