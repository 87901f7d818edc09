package org.jiis.processor.property;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * Reads back what the processor wrote into C++, independently of how it was written: narrow string
 * literals (escapes, adjacent literals joined) and the universal character names of comment text.
 */
final class CppTextReader {

  private CppTextReader() {}

  /**
   * The bytes of a narrow literal as the compiler sees them: one or more adjacent {@code "..."}
   * pieces separated by spaces, with simple escapes and {@code \xHH}, without the terminating NUL.
   */
  static byte[] narrowLiteral(String source) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    int i = 0;
    while (i < source.length()) {
      char c = source.charAt(i);
      if (c == ' ') {
        i++;
        continue;
      }
      if (c != '"') {
        throw new IllegalArgumentException("not a narrow string literal: " + source);
      }
      i++;
      while (source.charAt(i) != '"') {
        char next = source.charAt(i);
        if (next > 0x7E || next < 0x20) {
          throw new IllegalArgumentException("not plain ASCII: " + source);
        }
        if (next != '\\') {
          bytes.write(next);
          i++;
          continue;
        }
        char escape = source.charAt(i + 1);
        i += 2;
        switch (escape) {
          case '"', '\\', '?', '\'' -> bytes.write(escape);
          case 'n' -> bytes.write('\n');
          case 'r' -> bytes.write('\r');
          case 't' -> bytes.write('\t');
          case 'x' -> {
            int end = i;
            while (end < source.length() && Character.digit(source.charAt(end), 16) >= 0) {
              end++;
            }
            bytes.write(Integer.parseInt(source.substring(i, end), 16));
            i = end;
          }
          default -> throw new IllegalArgumentException("unexpected escape \\" + escape + " in " + source);
        }
      }
      i++;
    }
    return bytes.toByteArray();
  }

  /** Decodes JNI's modified UTF-8 (what {@code FindClass} and {@code RegisterNatives} take). */
  static String modifiedUtf8(byte[] bytes) {
    ByteArrayOutputStream prefixed = new ByteArrayOutputStream();
    prefixed.write(bytes.length >> 8);
    prefixed.write(bytes.length & 0xFF);
    prefixed.writeBytes(bytes);
    try {
      return new DataInputStream(new ByteArrayInputStream(prefixed.toByteArray())).readUTF();
    } catch (IOException e) {
      throw new UncheckedIOException("not modified UTF-8", e);
    }
  }

  /**
   * The text of a {@code //} comment with its universal character names ({@code \}{@code uXXXX},
   * {@code \}{@code UXXXXXXXX}) decoded; the comment must be printable ASCII.
   */
  static String commentText(String comment) {
    StringBuilder text = new StringBuilder();
    int i = 0;
    while (i < comment.length()) {
      char c = comment.charAt(i);
      if (c < 0x20 || c > 0x7E) {
        throw new IllegalArgumentException("comment is not printable ASCII: " + comment);
      }
      if (c == '\\' && i + 1 < comment.length() && (comment.charAt(i + 1) == 'u' || comment.charAt(i + 1) == 'U')) {
        int digits = comment.charAt(i + 1) == 'u' ? 4 : 8;
        text.appendCodePoint(Integer.parseInt(comment.substring(i + 2, i + 2 + digits), 16));
        i += 2 + digits;
      } else {
        text.append(c);
        i++;
      }
    }
    return text.toString();
  }
}
