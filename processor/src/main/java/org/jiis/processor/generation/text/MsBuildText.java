package org.jiis.processor.generation.text;

/**
 * Text for MSBuild project files ({@code .vcxproj}): a literal value (a file name, a target name)
 * with MSBuild's own escaping, {@code %} and two hex digits, for every character MSBuild gives a
 * meaning ({@code % $ @ ' ; ? *}) and for control characters, which XML cannot carry in an
 * attribute. XML escaping is a separate, later step ({@link XmlDocumentWriter}).
 */
public final class MsBuildText {

  private static final String SPECIAL = "%$@';?*";

  private MsBuildText() {}

  /** {@code value} escaped for MSBuild, for example {@code a%3Bb.cpp} for {@code a;b.cpp}. */
  public static String escape(String value) {
    StringBuilder escaped = new StringBuilder(value.length());
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (SPECIAL.indexOf(c) >= 0 || c < 0x20 || c == 0x7F) {
        escaped.append(String.format("%%%02X", (int) c));
      } else {
        escaped.append(c);
      }
    }
    return escaped.toString();
  }

  /** {@code path} ({@code /}-separated) as an escaped Windows path, for example {@code a\b.cpp}. */
  public static String path(String path) {
    return escape(path).replace('/', '\\');
  }
}
