package org.jiis.processor.generation.text;

import java.nio.charset.StandardCharsets;

/**
 * Text for generated C++: string literals and comment text. The results are plain ASCII, so a
 * generated source means the same to every compiler whatever source character set it assumes.
 *
 * <p>Narrow literals spell bytes as {@code \xHH}. A hex escape takes every hex digit that follows
 * it, so when a plain hex digit follows one the literal is closed and reopened ({@code "\xC3\xA9"
 * "A"}); the compiler joins adjacent literals after it has read the escapes. A {@code ?} after a
 * {@code ?} is written {@code \?} so no trigraph can form.
 */
public final class CppText {

  private CppText() {}

  /**
   * A narrow literal holding the UTF-8 bytes of {@code value}, for example {@code "caf\xC3\xA9"}:
   * for narrow C strings that are UTF-8 (log text, settings keys).
   *
   * @throws IllegalArgumentException if {@code value} holds an unpaired surrogate
   */
  public static String utf8Literal(String value) {
    requireWellFormed(value);
    return narrowLiteral(value.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * A narrow literal holding {@code value} in JNI's modified UTF-8 (U+0000 as {@code C0 80},
   * characters outside the BMP as two three-byte surrogates): for the names and signatures given to
   * {@code FindClass}, {@code GetMethodID}, {@code RegisterNatives} and the like.
   */
  public static String modifiedUtf8Literal(String value) {
    return narrowLiteral(ModifiedUtf8.encode(value));
  }

  /**
   * A wide literal holding {@code value}: for {@code PCWSTR} arguments (IIS, the Win32 {@code W}
   * functions). Printable characters outside ASCII become universal character names (a backslash,
   * {@code u} and four hex digits, or {@code U} and eight), which the compiler encodes for its
   * {@code wchar_t} (UTF-16 on Windows); control characters become hex escapes.
   *
   * @throws IllegalArgumentException if {@code value} holds an unpaired surrogate
   */
  public static String wideLiteral(String value) {
    requireWellFormed(value);
    LiteralBuilder literal = new LiteralBuilder("L\"");
    value.codePoints().forEach(codePoint -> {
      if (codePoint < 0x80) {
        literal.ascii((char) codePoint);
      } else if (Character.isISOControl(codePoint)) {
        literal.hexEscape(codePoint);
      } else if (codePoint <= 0xFFFF) {
        literal.escape(String.format("\\u%04X", codePoint));
      } else {
        literal.escape(String.format("\\U%08X", codePoint));
      }
    });
    return literal.close();
  }

  /**
   * {@code value} as text for a {@code //} comment: printable ASCII is kept; everything else,
   * including a backslash (which could splice the next line into the comment), is written as a
   * backslash, {@code u} and four hex digits (or {@code U} and eight), which a comment leaves
   * alone.
   */
  public static String lineCommentText(String value) {
    StringBuilder text = new StringBuilder(value.length());
    value.codePoints().forEach(codePoint -> {
      if (codePoint >= 0x20 && codePoint < 0x7F && codePoint != '\\') {
        text.append((char) codePoint);
      } else if (codePoint <= 0xFFFF) {
        text.append(String.format("\\u%04X", codePoint));
      } else {
        text.append(String.format("\\U%08X", codePoint));
      }
    });
    return text.toString();
  }

  private static String narrowLiteral(byte[] bytes) {
    LiteralBuilder literal = new LiteralBuilder("\"");
    for (byte b : bytes) {
      int unsigned = b & 0xFF;
      if (unsigned < 0x80) {
        literal.ascii((char) unsigned);
      } else {
        literal.hexEscape(unsigned);
      }
    }
    return literal.close();
  }

  private static void requireWellFormed(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < value.length()
          && Character.isLowSurrogate(value.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw new IllegalArgumentException(String.format(
            "cannot write a C++ string literal for text with an unpaired surrogate U+%04X at index %d",
            (int) c, i));
      }
    }
  }

  /** Accumulates one literal, tracking what the next character must not run into. */
  private static final class LiteralBuilder {
    private final StringBuilder text;
    private boolean afterHexEscape;

    LiteralBuilder(String opening) {
      text = new StringBuilder(opening);
    }

    void ascii(char c) {
      switch (c) {
        case '"' -> escape("\\\"");
        case '\\' -> escape("\\\\");
        case '\n' -> escape("\\n");
        case '\r' -> escape("\\r");
        case '\t' -> escape("\\t");
        case '?' -> escape(text.charAt(text.length() - 1) == '?' ? "\\?" : "?");
        default -> {
          if (c < 0x20 || c == 0x7F) {
            hexEscape(c);
          } else {
            if (afterHexEscape && Character.digit(c, 16) >= 0) {
              text.append("\" \"");
            }
            escape(String.valueOf(c));
          }
        }
      }
    }

    void hexEscape(int value) {
      text.append(String.format("\\x%02X", value));
      afterHexEscape = true;
    }

    void escape(String spelling) {
      text.append(spelling);
      afterHexEscape = false;
    }

    String close() {
      return text.append('"').toString();
    }
  }
}
