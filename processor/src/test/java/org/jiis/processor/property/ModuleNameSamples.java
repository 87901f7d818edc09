package org.jiis.processor.property;

import java.util.Locale;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Random module names, valid ({@code [A-Za-z_][A-Za-z0-9_]{0,63}}, not a Windows device name) and
 * invalid, each invalid one with the diagnostic id {@code processor/DIAGNOSTICS.md} documents for it.
 * The rule is restated here rather than taken from the processor, so that the two are checked
 * against each other.
 */
final class ModuleNameSamples {

  static final Pattern VALID = Pattern.compile("[A-Za-z_][A-Za-z0-9_]{0,63}");
  static final Set<String> RESERVED = Set.of("CON", "PRN", "AUX", "NUL", "COM1", "COM2", "COM3", "COM4", "COM5",
      "COM6", "COM7", "COM8", "COM9", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

  private static final String FIRST = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz_";
  private static final String REST = FIRST + "0123456789";

  /**
   * Characters a module name may not hold: every character with a meaning in one of the generated
   * languages (C++, .def, XML, PowerShell, properties, CMake, .sln), controls, and non-ASCII text.
   */
  private static final int[] FORBIDDEN = {
      '"', '\'', '\\', '\n', '\r', '\t', 0, 0x7F, ' ', '$', '`', '%', '&', '<', '>', ';', '=', ':', '#', '!',
      '?', '*', '/', '.', '-', '{', '}', '(', ')', '[', ']', '@', '^', '~', '|', ',', '+',
      0x00E9, 0x00A0, 0x0663, 0x200B, 0x202E, 0x2028, 0x4E2D, 0xFF21, 0x1D518, 0x1F600};

  /** An invalid name and the id of the error it must produce. */
  record Invalid(String name, String expectedId) {}

  private final Random random;

  ModuleNameSamples(Random random) {
    this.random = random;
  }

  /** A valid name, mostly short, sometimes as long as allowed. */
  String valid() {
    while (true) {
      int length = random.nextInt(8) == 0 ? 64 - random.nextInt(3) : 1 + random.nextInt(16);
      String name = randomValidShape(length);
      if (isValid(name)) {
        return name;
      }
    }
  }

  /** An invalid name of one of four kinds, with the error id it must produce. */
  Invalid invalid() {
    return switch (random.nextInt(4)) {
      case 0 -> new Invalid(random.nextInt(10) + randomValidShape(random.nextInt(20)), "jiis.InvalidName");
      case 1 -> new Invalid(withForbiddenCharacter(), "jiis.InvalidName");
      case 2 -> new Invalid(randomValidShape(65 + random.nextInt(40)), "jiis.InvalidName");
      default -> new Invalid(reservedInRandomCase(), "jiis.ReservedName");
    };
  }

  static boolean isValid(String name) {
    return VALID.matcher(name).matches() && !RESERVED.contains(name.toUpperCase(Locale.ROOT));
  }

  private String withForbiddenCharacter() {
    String valid = randomValidShape(1 + random.nextInt(20));
    int at = random.nextInt(valid.length() + 1);
    StringBuilder name = new StringBuilder(valid.substring(0, at))
        .appendCodePoint(FORBIDDEN[random.nextInt(FORBIDDEN.length)])
        .append(valid.substring(at));
    return name.toString();
  }

  private String reservedInRandomCase() {
    String reserved = RESERVED.stream().sorted().toList().get(random.nextInt(RESERVED.size()));
    StringBuilder name = new StringBuilder();
    for (char c : reserved.toCharArray()) {
      name.append(random.nextBoolean() ? Character.toLowerCase(c) : c);
    }
    return name.toString();
  }

  /** {@code length} characters of the valid alphabet, starting with a letter or underscore. */
  private String randomValidShape(int length) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < length; i++) {
      String alphabet = i == 0 ? FIRST : REST;
      name.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return name.toString();
  }
}
