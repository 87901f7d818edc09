package org.jiis.testkit.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What {@code iis-native-api.md} says the headers must declare, read from its tables. Each part
 * is tagged with the header it belongs in. Rows it cannot read make parsing fail, so a changed
 * reference cannot silently drop out of the comparison.
 */
final class IisReference {
  static final String HTTPSERV_H = "httpserv.h";
  static final String HTTPCACH_H = "httpcach.h";
  static final String HTTPTRACE_H = "httptrace.h";

  /** A method; {@code inlineReturn} is the constant an inline, non-pure re-implementation returns. */
  record Method(String signature, String inlineReturn) {}

  /** A class of sections 5 to 9; {@code iid} is null for CGlobalModule. */
  record ClassSpec(String name, String section, String header, String base, String iid, List<Method> methods) {}

  record Enumerator(String name, long value) {}

  final Map<String, ClassSpec> classes = new LinkedHashMap<>();
  /** Section 11: classes only declared; name to IID (null when the class has none). */
  final Map<String, String> declaredOnlyClasses = new LinkedHashMap<>();
  /** Per header: macro name to literal ({@code 0x00000002}, {@code L"FIRST"}). */
  final Map<String, Map<String, String>> constants = new LinkedHashMap<>();
  final Map<String, Map<String, List<Enumerator>>> enums = new LinkedHashMap<>();
  final Map<String, List<String>> structs = new LinkedHashMap<>();
  final Set<String> typedefs = new LinkedHashSet<>();
  /** Types from other headers (http.h, ahadmin.h, Windows) that a test double may declare. */
  final Set<String> externalTypes = new LinkedHashSet<>();
  /** Function templates of the SDK header: name to normalized signature. */
  final Map<String, String> functionTemplates = new LinkedHashMap<>();

  private static final Pattern SECTION_HEADING = Pattern.compile("^#{2,3} (\\d+(?:\\.\\d+)?)\\.? .*");
  private static final Pattern CLASS_HEADING =
      Pattern.compile("^\\*\\*(\\w+)\\*\\*(?: : (\\w+))? — (?:IID `(\\{[0-9A-F-]{36}\\})`|no IID\\b.*)\\s*$");
  private static final Pattern SLOT_ROW = Pattern.compile("^\\| \\d+ \\| `([^`]+)` \\|\\s*$");
  private static final Pattern BACKTICKED = Pattern.compile("`([^`]+)`");
  private static final Pattern IID = Pattern.compile("\\{[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\\}");
  private static final Pattern NAMED_VALUE = Pattern.compile("\\b([A-Z][A-Z0-9_]*) (0x[0-9A-Fa-f]+|\\d+)\\b");
  private static final Pattern ENUMERATOR_IN_PARENS = Pattern.compile("\\b(\\w+) \\((\\d+)\\)");
  private static final Pattern FUNCTION_POINTER_TYPEDEF = Pattern.compile("typedef [^;]*?\\(\\s*WINAPI\\s*\\*\\s*(\\w+)\\s*\\)");

  private final Map<String, List<String>> sections = new LinkedHashMap<>();

  static IisReference parse(String markdown) {
    IisReference reference = new IisReference();
    reference.splitSections(markdown);
    for (String section : List.of("5", "6", "7", "8", "9")) {
      reference.readClassTables(section);
    }
    reference.readCacheKeyTable();
    reference.readDeclaredOnlyClasses();
    reference.readGlobalNotifications();
    reference.readRequestNotifications();
    reference.readEnums();
    reference.readStringsAndTypedefs();
    reference.readEntryPoint();
    reference.readTraceTypes();
    reference.readExtendedInterfaceHelper();
    return reference;
  }

  private void splitSections(String markdown) {
    List<String> current = new ArrayList<>();
    sections.put("0", current);
    for (String line : markdown.split("\n")) {
      Matcher heading = SECTION_HEADING.matcher(line);
      if (heading.matches()) {
        current = new ArrayList<>();
        sections.put(heading.group(1), current);
      }
      current.add(line);
    }
  }

  private List<String> section(String key) {
    List<String> lines = sections.get(key);
    if (lines == null) {
      throw new IllegalArgumentException("reference has no section " + key);
    }
    return lines;
  }

  private void readClassTables(String section) {
    ClassSpec current = null;
    for (String line : section(section)) {
      Matcher heading = CLASS_HEADING.matcher(line);
      if (heading.matches()) {
        current = new ClassSpec(heading.group(1), section, HTTPSERV_H, heading.group(2), heading.group(3), new ArrayList<>());
        addClass(current);
        continue;
      }
      Matcher slot = SLOT_ROW.matcher(line);
      if (slot.matches()) {
        if (current == null) {
          throw new IllegalArgumentException("section " + section + ": method row before any class: " + line);
        }
        current.methods().add(new Method(CppTokens.normalize(slot.group(1)), null));
      }
    }
  }

  /** Section 8.1: one table for the httpcach.h keys, class name only on a class's first row. */
  private void readCacheKeyTable() {
    List<String> lines = section("8.1");
    Matcher baseMatcher = Pattern.compile("derive from (\\w+)").matcher(lines.get(0));
    if (!baseMatcher.find()) {
      throw new IllegalArgumentException("section 8.1 heading does not name the base class: " + lines.get(0));
    }
    String base = baseMatcher.group(1);
    ClassSpec current = null;
    for (String line : lines) {
      List<String> cells = tableCells(line);
      if (cells.size() != 4 || !cells.get(2).matches("\\d+")) {
        continue;
      }
      if (!cells.get(0).isEmpty()) {
        Matcher iid = IID.matcher(cells.get(1));
        current = new ClassSpec(cells.get(0), "8.1", HTTPCACH_H, base, iid.find() ? iid.group() : null, new ArrayList<>());
        addClass(current);
      }
      Matcher spans = BACKTICKED.matcher(cells.get(3));
      if (current == null || !spans.find()) {
        throw new IllegalArgumentException("section 8.1 row not understood: " + line);
      }
      String signature = CppTokens.normalize(spans.group(1));
      String inlineReturn = cells.get(3).contains("→") && spans.find() ? spans.group(1) : null;
      current.methods().add(new Method(signature, inlineReturn));
    }
  }

  private void addClass(ClassSpec spec) {
    if (classes.put(spec.name(), spec) != null) {
      throw new IllegalArgumentException("reference declares class " + spec.name() + " twice");
    }
  }

  private void readDeclaredOnlyClasses() {
    for (String line : section("11")) {
      List<String> cells = tableCells(line);
      if (cells.size() == 4 && cells.get(3).matches("\\d+") && CppTokens.isIdentifier(cells.get(0))) {
        Matcher iid = IID.matcher(cells.get(2));
        declaredOnlyClasses.put(cells.get(0), iid.find() ? iid.group() : null);
      }
    }
  }

  private void readGlobalNotifications() {
    for (String line : section("4.1")) {
      List<String> cells = tableCells(line);
      if (cells.size() >= 2 && cells.get(0).startsWith("GL_")) {
        constant(HTTPSERV_H, cells.get(0), cells.get(1));
      }
    }
  }

  private void readRequestNotifications() {
    Pattern pair = Pattern.compile("\\| (RQ_\\w+) \\| (0x[0-9A-Fa-f]+)");
    for (String line : section("4.2")) {
      Matcher matcher = pair.matcher(line);
      while (matcher.find()) {
        constant(HTTPSERV_H, matcher.group(1), matcher.group(2));
      }
    }
  }

  private void readEnums() {
    for (String line : section("4.3")) {
      List<String> cells = tableCells(line);
      if (cells.size() != 3 || !CppTokens.isIdentifier(cells.get(0)) || cells.get(0).equals("enum")) {
        continue;
      }
      List<Enumerator> enumerators = new ArrayList<>();
      Matcher matcher = ENUMERATOR_IN_PARENS.matcher(cells.get(1));
      while (matcher.find()) {
        enumerators.add(new Enumerator(matcher.group(1), Long.parseLong(matcher.group(2))));
      }
      enums.computeIfAbsent(HTTPSERV_H, k -> new LinkedHashMap<>()).put(cells.get(0), enumerators);
    }
  }

  /** Section 4.4: name lists such as {@code PRIORITY_ALIAS_FIRST / HIGH} or {@code CLONE_FLAG_*}, and typedefs. */
  private void readStringsAndTypedefs() {
    for (String line : section("4.4")) {
      List<String> cells = tableCells(line);
      if (cells.size() != 3 || cells.get(0).equals("name") || cells.get(0).startsWith("---")) {
        continue;
      }
      String names = cells.get(0);
      String definition = cells.get(1);
      String header = definition.contains("(httpcach.h)") ? HTTPCACH_H : HTTPSERV_H;
      if (definition.startsWith("`typedef")) {
        for (String name : names.split(",")) {
          typedefs.add(name.trim());
        }
      } else if (names.endsWith("_*")) {
        String prefix = names.substring(0, names.length() - 1);
        Matcher matcher = NAMED_VALUE.matcher(definition);
        while (matcher.find()) {
          constant(header, prefix + matcher.group(1), matcher.group(2));
        }
      } else {
        List<String> expandedNames = expandNameList(names);
        List<String> literals = new ArrayList<>();
        Matcher spans = BACKTICKED.matcher(definition);
        while (spans.find()) {
          if (spans.group(1).startsWith("\"") || spans.group(1).startsWith("L\"")) {
            literals.add(spans.group(1));
          }
        }
        if (literals.size() != expandedNames.size()) {
          throw new IllegalArgumentException("section 4.4 row names " + expandedNames + " but gives " + literals);
        }
        for (int i = 0; i < literals.size(); i++) {
          constant(header, expandedNames.get(i), literals.get(i));
        }
      }
    }
  }

  /**
   * {@code A_B_FIRST / HIGH} names A_B_HIGH; {@code A_B_SID / _CTXT_HANDLE} names A_B_CTXT_HANDLE;
   * {@code URI_CACHE_NAME / FILE_CACHE_NAME} names both in full.
   */
  private static List<String> expandNameList(String cell) {
    String[] parts = cell.split("/");
    String first = parts[0].trim();
    List<String> names = new ArrayList<>(List.of(first));
    for (int i = 1; i < parts.length; i++) {
      String part = parts[i].trim();
      if (part.startsWith("_")) {
        names.add(first.substring(0, first.lastIndexOf('_')) + part);
      } else if (part.contains("_")) {
        names.add(part);
      } else {
        names.add(first.substring(0, first.lastIndexOf('_') + 1) + part);
      }
    }
    return names;
  }

  private void readEntryPoint() {
    String text = String.join("\n", section("3"));
    Matcher typedef = FUNCTION_POINTER_TYPEDEF.matcher(text);
    if (!typedef.find()) {
      throw new IllegalArgumentException("section 3 has no WINAPI function-pointer typedef");
    }
    typedefs.add(typedef.group(1));
  }

  private void readTraceTypes() {
    boolean inExternalTypes = false;
    for (String line : section("10")) {
      List<String> cells = tableCells(line);
      if (cells.size() == 2 && cells.get(0).startsWith("`struct ")) {
        String name = cells.get(0).replaceAll("`struct (\\w+)`", "$1");
        List<String> members = new ArrayList<>();
        for (String member : stripBackticks(cells.get(1)).split(";")) {
          if (!member.isBlank()) {
            members.add(CppTokens.normalize(member));
          }
        }
        structs.put(name, members);
      } else if (cells.size() == 2 && cells.get(0).startsWith("`enum ")) {
        String name = cells.get(0).replaceAll("`enum (\\w+)`", "$1");
        Matcher prefix = Pattern.compile("\\(prefix (\\w+)\\)").matcher(cells.get(1));
        if (!prefix.find()) {
          throw new IllegalArgumentException("section 10 enum row has no prefix: " + line);
        }
        List<Enumerator> enumerators = new ArrayList<>();
        Matcher matcher = NAMED_VALUE.matcher(cells.get(1).substring(0, prefix.start()));
        while (matcher.find()) {
          enumerators.add(new Enumerator(prefix.group(1) + matcher.group(1), CppTokens.integerValue(matcher.group(2))));
        }
        enums.computeIfAbsent(HTTPTRACE_H, k -> new LinkedHashMap<>()).put(name, enumerators);
      } else if (cells.size() == 2 && cells.get(0).equals("constants")) {
        Matcher matcher = NAMED_VALUE.matcher(cells.get(1));
        while (matcher.find()) {
          constant(HTTPTRACE_H, matcher.group(1), matcher.group(2));
        }
      } else if (line.startsWith("Other external types:")) {
        inExternalTypes = true;
      }
      if (inExternalTypes) {
        if (line.isBlank()) {
          inExternalTypes = false;
        }
        Matcher spans = BACKTICKED.matcher(line);
        while (spans.find()) {
          if (CppTokens.isIdentifier(spans.group(1))) {
            externalTypes.add(spans.group(1));
          }
        }
      }
    }
    if (structs.isEmpty() || externalTypes.isEmpty()) {
      throw new IllegalArgumentException("section 10: no structs or no external types found");
    }
  }

  /** Section 7: "Helper (inline template in the SDK header): `template <...> HRESULT Name(...)`". */
  private void readExtendedInterfaceHelper() {
    Matcher template = Pattern.compile("`(template <[^`]+)`").matcher(String.join("\n", section("7")));
    if (!template.find()) {
      throw new IllegalArgumentException("section 7 has no function template");
    }
    List<String> tokens = CppTokens.tokenize(template.group(1));
    functionTemplates.put(tokens.get(tokens.indexOf("(") - 1), CppTokens.join(tokens));
  }

  private void constant(String header, String name, String literal) {
    Map<String, String> forHeader = constants.computeIfAbsent(header, k -> new LinkedHashMap<>());
    String previous = forHeader.put(name, literal.trim());
    if (previous != null && !previous.equals(literal.trim())) {
      throw new IllegalArgumentException("reference gives " + name + " two values: " + previous + ", " + literal);
    }
  }

  /** The cells of a Markdown table row; '|' inside backticks does not split. Empty for other lines. */
  static List<String> tableCells(String line) {
    List<String> cells = new ArrayList<>();
    String trimmed = line.trim();
    if (!trimmed.startsWith("|") || !trimmed.endsWith("|")) {
      return cells;
    }
    StringBuilder cell = new StringBuilder();
    boolean inBackticks = false;
    for (int i = 1; i < trimmed.length(); i++) {
      char c = trimmed.charAt(i);
      if (c == '`') {
        inBackticks = !inBackticks;
      }
      if (c == '|' && !inBackticks) {
        cells.add(cell.toString().trim());
        cell.setLength(0);
      } else {
        cell.append(c);
      }
    }
    return cells;
  }

  private static String stripBackticks(String text) {
    return text.replace("`", "");
  }
}
