package org.jiis.reference;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The IIS reference document, {@code ../shared/reference/iis-native-api.md} beside the
 * repository, read so that tests can cross-check the Java API against its tables.
 *
 * <p>{@link #load()} skips the calling test (an assumption failure) when the document is absent,
 * except on CI ({@code CI=true}), where a missing reference fails the test.
 */
public final class IisReference {

  /** Where the reference lives, relative to the repository root. */
  public static final String RELATIVE_PATH = "../shared/reference/iis-native-api.md";

  private static final Pattern ENUMERATOR = Pattern.compile("\\b([A-Z][A-Z0-9_]+) \\((\\d+)\\)");
  private static final Pattern WIDE_LITERAL = Pattern.compile("L\"([^\"]*)\"");
  /** The name before the parameter list of a declaration such as {@code `PCWSTR GetName(VOID) const`}. */
  private static final Pattern DECLARATION = Pattern.compile("(\\w+)\\(");

  private final Path path;
  private final List<String> lines;

  IisReference(Path path, List<String> lines) {
    this.path = path;
    this.lines = lines;
  }

  /** Loads the reference, or skips (locally) / fails (on CI) the calling test if it is absent. */
  public static IisReference load() {
    return load(Path.of("").toAbsolutePath(), "true".equals(System.getenv("CI")));
  }

  static IisReference load(Path start, boolean onCi) {
    Path root = RepositoryRoot.find(start);
    if (root == null) {
      return missing("no repository root (a directory holding .ci/ or the jiis-parent pom.xml)"
          + " at or above " + start, onCi);
    }
    Path file = root.resolve(RELATIVE_PATH).normalize();
    if (!Files.isRegularFile(file)) {
      return missing("no IIS reference at " + file, onCi);
    }
    try {
      return new IisReference(file, Files.readAllLines(file));
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the IIS reference " + file, e);
    }
  }

  private static IisReference missing(String why, boolean onCi) {
    String message = why + " (expected " + RELATIVE_PATH + " relative to the repository root)";
    if (onCi) {
      fail(message + "; CI=true, so the cross-check against the reference cannot be skipped");
    }
    assumeTrue(false, "Skipped: " + message);
    throw new AssertionError("unreachable");
  }

  /**
   * The body rows of the first table in the section whose heading starts with {@code heading}
   * (for example {@code "### 4.1 "}), as cells with surrounding spaces removed.
   */
  public List<List<String>> table(String heading) {
    int line = 0;
    while (line < lines.size() && !lines.get(line).startsWith(heading)) {
      line++;
    }
    if (line == lines.size()) {
      throw new AssertionError("No section '" + heading + "' in " + path);
    }
    line++;
    while (line < lines.size() && !isTableLine(lines.get(line))) {
      if (lines.get(line).startsWith("#")) {
        throw new AssertionError("Section '" + heading + "' of " + path + " has no table");
      }
      line++;
    }
    List<List<String>> rows = new ArrayList<>();
    // Skip the header row and the |---| separator.
    for (line += 2; line < lines.size() && isTableLine(lines.get(line)); line++) {
      rows.add(cells(lines.get(line)));
    }
    if (rows.isEmpty()) {
      throw new AssertionError("The table of section '" + heading + "' in " + path + " is empty");
    }
    return rows;
  }

  /**
   * The row of the section's table whose first cell is {@code key}.
   *
   * @throws AssertionError if there is none
   */
  public List<String> row(String heading, String key) {
    return table(heading).stream()
        .filter(row -> row.get(0).equals(key))
        .findFirst()
        .orElseThrow(() -> new AssertionError(
            "No row '" + key + "' in section '" + heading + "' of " + path));
  }

  /**
   * The enumerators of a C enum as §4.3 lists them ({@code NAME (value), ...}), in order.
   *
   * @throws AssertionError if the enum is missing or lists nothing
   */
  public Map<String, Integer> enumerators(String enumName) {
    Matcher m = ENUMERATOR.matcher(row("### 4.3 ", enumName).get(1));
    Map<String, Integer> result = new LinkedHashMap<>();
    while (m.find()) {
      result.put(m.group(1), Integer.parseInt(m.group(2)));
    }
    if (result.isEmpty()) {
      throw new AssertionError("No enumerators for " + enumName + " in " + path);
    }
    return result;
  }

  /**
   * The wide string constants §4.4 defines in one row, such as
   * {@code PRIORITY_ALIAS_FIRST / HIGH / ...} with {@code L"FIRST"}, ...: constant name to value,
   * in order. A name without an underscore is a suffix and takes the first name's prefix.
   */
  public Map<String, String> wideStrings(String firstName) {
    List<String> row = table("### 4.4 ").stream()
        .filter(r -> r.get(0).startsWith(firstName + " ") || r.get(0).equals(firstName))
        .findFirst()
        .orElseThrow(() -> new AssertionError("No row for " + firstName + " in §4.4 of " + path));
    String[] names = row.get(0).split("\\s*/\\s*");
    String prefix = firstName.substring(0, firstName.lastIndexOf('_') + 1);
    List<String> values = new ArrayList<>();
    Matcher m = WIDE_LITERAL.matcher(row.get(1));
    while (m.find()) {
      values.add(m.group(1));
    }
    if (values.size() < names.length) {
      throw new AssertionError("Row " + row.get(0) + " of " + path + " has " + names.length
          + " names but " + values.size() + " wide literals");
    }
    Map<String, String> result = new LinkedHashMap<>();
    for (int i = 0; i < names.length; i++) {
      String name = names[i].contains("_") ? names[i] : prefix + names[i];
      result.put(name, values.get(i));
    }
    return result;
  }

  /**
   * The methods an interface declares itself (inherited slots excluded), by name, in slot order:
   * from its {@code **IName**} slot table (§5 to §9), or from the rows of the §8.1 key table.
   *
   * @throws AssertionError if the reference describes no such interface
   */
  public List<String> declaredMethods(String interfaceName) {
    String bold = "**" + interfaceName + "**";
    for (int line = 0; line < lines.size(); line++) {
      if (lines.get(line).startsWith(bold)) {
        return methodNames(tableAfter(line), 1);
      }
    }
    List<String> keyMethods = new ArrayList<>();
    String current = null;
    for (List<String> row : table("### 8.1 ")) {
      if (!row.get(0).isEmpty()) {
        current = row.get(0);
      }
      if (interfaceName.equals(current)) {
        keyMethods.addAll(methodNames(List.of(row), 3));
      }
    }
    if (keyMethods.isEmpty()) {
      throw new AssertionError("No interface " + interfaceName + " in " + path);
    }
    return keyMethods;
  }

  /** The body rows of the first table after {@code line}. */
  private List<List<String>> tableAfter(int line) {
    int at = line + 1;
    while (at < lines.size() && !isTableLine(lines.get(at))) {
      at++;
    }
    List<List<String>> rows = new ArrayList<>();
    for (at += 2; at < lines.size() && isTableLine(lines.get(at)); at++) {
      rows.add(cells(lines.get(at)));
    }
    return rows;
  }

  /** The method name of each row's declaration cell ({@code `BOOL Name(VOID) const`}). */
  private static List<String> methodNames(List<List<String>> rows, int declarationColumn) {
    List<String> names = new ArrayList<>();
    for (List<String> row : rows) {
      Matcher m = DECLARATION.matcher(row.get(declarationColumn));
      if (!m.find()) {
        throw new AssertionError("Not a method declaration: " + row.get(declarationColumn));
      }
      names.add(m.group(1));
    }
    return names;
  }

  /** The file the reference was read from. */
  public Path path() {
    return path;
  }

  private static boolean isTableLine(String line) {
    return line.startsWith("|");
  }

  /** Splits a Markdown table row on the pipes that are not inside a backtick code span. */
  static List<String> cells(String line) {
    List<String> cells = new ArrayList<>();
    StringBuilder cell = new StringBuilder();
    boolean inCode = false;
    for (int i = 1; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '`') {
        inCode = !inCode;
      }
      if (c == '|' && !inCode) {
        cells.add(cell.toString().strip());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    if (!cell.toString().isBlank()) {
      cells.add(cell.toString().strip());
    }
    return cells;
  }
}
