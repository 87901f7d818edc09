package org.jiis.processor.generation.text;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/** How a generated text file is turned into bytes. Encoding never replaces a character silently. */
public enum TextEncoding {
  /** For files whose readers assume no particular code page (the {@code .def} file). */
  ASCII(StandardCharsets.US_ASCII, false),
  /** For files read by CMake, compilers and the jiis runtime. */
  UTF_8(StandardCharsets.UTF_8, false),
  /**
   * For files Windows tools read as the ANSI code page unless they start with a byte order mark
   * (Windows PowerShell 5.1 scripts); Visual Studio writes its own files this way too.
   */
  UTF_8_WITH_BOM(StandardCharsets.UTF_8, true);

  private static final byte[] UTF_8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  private final Charset charset;
  private final boolean byteOrderMark;

  TextEncoding(Charset charset, boolean byteOrderMark) {
    this.charset = charset;
    this.byteOrderMark = byteOrderMark;
  }

  /**
   * The bytes of {@code text}.
   *
   * @throws IllegalArgumentException if {@code text} holds a character this encoding cannot carry
   *     (non-ASCII text in {@link #ASCII}, an unpaired surrogate anywhere)
   */
  public byte[] encode(String text) {
    CharsetEncoder encoder = charset.newEncoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
    ByteBuffer encoded;
    try {
      encoded = encoder.encode(CharBuffer.wrap(text));
    } catch (CharacterCodingException e) {
      throw new IllegalArgumentException(
          "text cannot be encoded as " + this + ": " + e.getMessage(), e);
    }
    byte[] body = new byte[encoded.remaining()];
    encoded.get(body);
    if (!byteOrderMark) {
      return body;
    }
    byte[] bytes = Arrays.copyOf(UTF_8_BOM, UTF_8_BOM.length + body.length);
    System.arraycopy(body, 0, bytes, UTF_8_BOM.length, body.length);
    return bytes;
  }
}
