package org.jiis.processor.generation.text;

/** The line ending of a generated file. */
public enum LineEnding {
  /** For files read by CMake, compilers and the jiis runtime on every platform. */
  LF("\n"),
  /** For files that Windows tools own (Visual Studio, link.exe, PowerShell). */
  CRLF("\r\n");

  private final String separator;

  LineEnding(String separator) {
    this.separator = separator;
  }

  public String separator() {
    return separator;
  }

  /** {@code text} with every line break ({@code \n} or {@code \r\n}) turned into this ending. */
  public String apply(String text) {
    return text.replace("\r\n", "\n").replace("\n", separator);
  }
}
