package org.jiis.bench.tools;

import java.util.List;
import java.util.Locale;

/** The bits of Markdown the results file is made of. */
final class Markdown {

  private final StringBuilder text = new StringBuilder();

  Markdown heading(int level, String title) {
    text.append("#".repeat(level)).append(' ').append(title).append("\n\n");
    return this;
  }

  Markdown paragraph(String paragraph) {
    text.append(paragraph).append("\n\n");
    return this;
  }

  Markdown table(List<String> header, List<List<String>> rows) {
    row(header);
    text.append('|');
    header.forEach(h -> text.append("---|"));
    text.append('\n');
    rows.forEach(this::row);
    text.append('\n');
    return this;
  }

  Markdown code(String block) {
    StringBuilder lines = new StringBuilder();
    block.lines().map(String::stripTrailing).forEach(line -> lines.append(line).append('\n'));
    text.append("```\n").append(lines.toString().strip().isEmpty() ? "" : trimBlankEnds(lines.toString()))
        .append("```\n\n");
    return this;
  }

  /** Drops blank lines at either end, keeping the first line's indentation. */
  private static String trimBlankEnds(String lines) {
    String withoutLeading = lines.replaceFirst("^(\\s*\n)+", "");
    return withoutLeading.stripTrailing() + "\n";
  }

  private void row(List<String> cells) {
    text.append('|');
    cells.forEach(c -> text.append(' ').append(c).append(" |"));
    text.append('\n');
  }

  static String format(String pattern, Object... values) {
    return String.format(Locale.ROOT, pattern, values);
  }

  @Override
  public String toString() {
    return text.toString();
  }
}
