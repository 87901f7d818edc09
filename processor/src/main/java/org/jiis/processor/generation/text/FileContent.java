package org.jiis.processor.generation.text;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * One file to write: its path relative to the module's output folder ({@code /}-separated) and its
 * exact bytes.
 */
public record FileContent(String path, byte[] bytes) {

  public FileContent {
    Objects.requireNonNull(path, "path");
    bytes = bytes.clone();
  }

  @Override
  public byte[] bytes() {
    return bytes.clone();
  }

  /** The bytes decoded as UTF-8 (a byte order mark, if any, stays as U+FEFF). */
  public String text() {
    return new String(bytes, StandardCharsets.UTF_8);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof FileContent that
        && path.equals(that.path)
        && Arrays.equals(bytes, that.bytes);
  }

  @Override
  public int hashCode() {
    return 31 * path.hashCode() + Arrays.hashCode(bytes);
  }

  @Override
  public String toString() {
    return "FileContent[" + path + ", " + bytes.length + " bytes]";
  }
}
