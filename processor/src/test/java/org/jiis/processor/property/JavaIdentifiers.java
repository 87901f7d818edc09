package org.jiis.processor.property;

import java.util.List;
import java.util.Random;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Random Java identifiers for package and class names: plain ASCII, non-ASCII letters and digits
 * (Latin, Greek, Cyrillic, CJK, and letters outside the BMP, which take two UTF-16 units), {@code $},
 * and names that shadow types the generated code uses ({@code String}, {@code Override},
 * {@code ModuleContext}...).
 */
final class JavaIdentifiers {

  /** Names of types the generated Java refers to or that javac resolves implicitly. */
  static final List<String> SHADOWING = List.of("String", "Object", "Override", "System", "Class",
      "Generated", "Deprecated", "Throwable", "ModuleContext", "GlobalNotificationStatus", "CacheProvider",
      "ModuleDispatcher", "NativeAccess", "NativeModule", "GlobalModule", "GlobalEvent", "Priority",
      "EventLog", "CacheOperationListener", "CacheCleanupListener");

  /** Letters and digits beyond ASCII that Java identifiers may hold, in both positions. */
  private static final int[] NON_ASCII_LETTERS = {
      0x00E9, 0x00F1, 0x00FC, 0x00DF, 0x00C4, 0x00D8, 0x0153, 0x03A9, 0x03BB, 0x0416, 0x0434, 0x05D0,
      0x0628, 0x0905, 0x3042, 0x30AB, 0x4E2D, 0x6587, 0x6A21, 0x5757, 0xAC00, 0x1D518, 0x1D4B3, 0x1D56C,
      0x10400, 0x00AA, 0x00B5};

  /** Characters valid inside an identifier only: digits, including non-ASCII ones. */
  private static final int[] NON_ASCII_DIGITS = {0x0663, 0x0967, 0xFF11, 0x1D7D8};

  private static final String ASCII_LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz";

  /** Valid identifiers that cannot name a type, or that would hide the packages the sources use. */
  private static final Set<String> UNUSABLE = Set.of("var", "yield", "record", "sealed", "permits", "org",
      "java", "javax", "jdk", "sun", "com");

  private final Random random;

  JavaIdentifiers(Random random) {
    this.random = random;
  }

  /** A random identifier usable as a class or package name segment. */
  String next() {
    while (true) {
      String candidate = switch (random.nextInt(6)) {
        case 0 -> SHADOWING.get(random.nextInt(SHADOWING.size()));
        case 1, 2 -> nonAscii(1 + random.nextInt(8));
        default -> ascii(1 + random.nextInt(12));
      };
      if (isUsable(candidate)) {
        return candidate;
      }
    }
  }

  /** A random identifier of plain ASCII letters, digits, {@code _} and {@code $}. */
  String ascii(int length) {
    StringBuilder name = new StringBuilder();
    name.append(ASCII_LETTERS.charAt(random.nextInt(ASCII_LETTERS.length())));
    for (int i = 1; i < length; i++) {
      int kind = random.nextInt(10);
      if (kind == 0) {
        name.append('_');
      } else if (kind == 1) {
        name.append('$');
      } else if (kind <= 3) {
        name.append((char) ('0' + random.nextInt(10)));
      } else {
        name.append(ASCII_LETTERS.charAt(random.nextInt(ASCII_LETTERS.length())));
      }
    }
    return name.toString();
  }

  /** A random identifier starting with a non-ASCII letter, mixing in ASCII, digits and {@code $}. */
  String nonAscii(int length) {
    StringBuilder name = new StringBuilder();
    name.appendCodePoint(NON_ASCII_LETTERS[random.nextInt(NON_ASCII_LETTERS.length)]);
    for (int i = 1; i < length; i++) {
      switch (random.nextInt(6)) {
        case 0 -> name.appendCodePoint(NON_ASCII_DIGITS[random.nextInt(NON_ASCII_DIGITS.length)]);
        case 1 -> name.append(random.nextBoolean() ? '$' : '_');
        case 2 -> name.append(ASCII_LETTERS.charAt(random.nextInt(ASCII_LETTERS.length())));
        default -> name.appendCodePoint(NON_ASCII_LETTERS[random.nextInt(NON_ASCII_LETTERS.length)]);
      }
    }
    return name.toString();
  }

  static boolean isUsable(String identifier) {
    return SourceVersion.isIdentifier(identifier) && !SourceVersion.isKeyword(identifier)
        && !identifier.equals("_") && !UNUSABLE.contains(identifier)
        && identifier.codePoints().noneMatch(Character::isIdentifierIgnorable);
  }
}
