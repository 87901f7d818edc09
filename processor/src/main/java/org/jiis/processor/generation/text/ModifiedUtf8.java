package org.jiis.processor.generation.text;

import java.io.ByteArrayOutputStream;

/**
 * JNI's modified UTF-8 (JNI specification, "Modified UTF-8 Strings"): each UTF-16 code unit on its
 * own, U+0000 in two bytes, so the result never holds a zero byte.
 */
final class ModifiedUtf8 {

  private ModifiedUtf8() {}

  static byte[] encode(String value) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c != 0 && c < 0x80) {
        bytes.write(c);
      } else if (c < 0x800) {
        bytes.write(0xC0 | (c >> 6));
        bytes.write(0x80 | (c & 0x3F));
      } else {
        bytes.write(0xE0 | (c >> 12));
        bytes.write(0x80 | ((c >> 6) & 0x3F));
        bytes.write(0x80 | (c & 0x3F));
      }
    }
    return bytes.toByteArray();
  }
}
