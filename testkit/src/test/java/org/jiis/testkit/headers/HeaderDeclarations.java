package org.jiis.testkit.headers;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The declarations of one test-double IIS header, read with a deliberately small parser: it
 * understands exactly the kinds of top-level declaration these headers use and rejects anything
 * else, so an unexpected construct fails the conformance test instead of going unchecked.
 */
final class HeaderDeclarations {
  /** A member of a class: its signature without {@code virtual} and {@code = 0}, and its body if inline. */
  record Member(String signature, boolean isVirtual, boolean isPure, String body) {}

  record ClassDefinition(String name, String base, List<Member> members) {}

  record Enumerator(String name, long value) {}

  final String fileName;
  final Map<String, ClassDefinition> classes = new LinkedHashMap<>();
  final Set<String> forwardDeclarations = new LinkedHashSet<>();
  /** IIDs attached with {@code __CRT_UUID_DECL}, as {@code {XXXXXXXX-XXXX-XXXX-XXXX-XXXXXXXXXXXX}}. */
  final Map<String, String> iids = new LinkedHashMap<>();
  /** Object-like and function-like macros still defined at the end of the header, with their values. */
  final Map<String, String> macros = new LinkedHashMap<>();
  final Map<String, List<Enumerator>> enums = new LinkedHashMap<>();
  final Set<String> opaqueEnums = new LinkedHashSet<>();
  /** Struct definitions: each member declaration, normalized. */
  final Map<String, List<String>> structs = new LinkedHashMap<>();
  final Set<String> typedefs = new LinkedHashSet<>();
  /** Function templates: name to normalized signature (without body). */
  final Map<String, String> functionTemplates = new LinkedHashMap<>();

  private HeaderDeclarations(String fileName) {
    this.fileName = fileName;
  }

  static HeaderDeclarations parse(String fileName, String text) {
    HeaderDeclarations header = new HeaderDeclarations(fileName);
    String code = header.readPreprocessorLines(CppTokens.stripComments(text));
    header.readDeclarations(CppTokens.tokenize(code));
    return header;
  }

  /** Records macros (minus the include guard and whatever is #undef'd); returns the remaining code. */
  private String readPreprocessorLines(String text) {
    StringBuilder code = new StringBuilder();
    String includeGuard = null;
    String previousIfndef = null;
    for (String line : text.replace("\\\n", " ").split("\n")) {
      String trimmed = line.trim();
      if (!trimmed.startsWith("#")) {
        code.append(line).append('\n');
        previousIfndef = null;
        continue;
      }
      String[] words = trimmed.substring(1).trim().split("\\s+", 2);
      String rest = words.length > 1 ? words[1] : "";
      switch (words[0]) {
        case "ifndef" -> previousIfndef = rest.trim();
        case "define" -> {
          String name = rest.split("[\\s(]", 2)[0];
          if (includeGuard == null && name.equals(previousIfndef) && rest.trim().equals(name)) {
            includeGuard = name;
          } else {
            String value = rest.substring(name.length());
            macros.put(name, value.startsWith("(") ? value : value.trim());
          }
          previousIfndef = null;
        }
        case "undef" -> macros.remove(rest.trim());
        default -> previousIfndef = null;
      }
    }
    return code.toString();
  }

  private void readDeclarations(List<String> tokens) {
    int i = 0;
    while (i < tokens.size()) {
      String token = tokens.get(i);
      i =
          switch (token) {
            case "class", "struct" -> readClassOrStruct(tokens, i);
            case "enum" -> readEnum(tokens, i);
            case "typedef" -> readTypedef(tokens, i);
            case "__CRT_UUID_DECL" -> readIid(tokens, i);
            case "template" -> readFunctionTemplate(tokens, i);
            default -> throw unexpected(tokens, i);
          };
    }
  }

  private int readClassOrStruct(List<String> tokens, int start) {
    boolean isStruct = tokens.get(start).equals("struct");
    String name = tokens.get(start + 1);
    int i = start + 2;
    if (tokens.get(i).equals(";")) {
      forwardDeclarations.add(name);
      return i + 1;
    }
    String base = null;
    if (tokens.get(i).equals(":")) {
      expect(tokens, i + 1, "public");
      base = tokens.get(i + 2);
      i += 3;
    }
    expect(tokens, i, "{");
    int close = matching(tokens, i);
    List<String> body = tokens.subList(i + 1, close);
    if (isStruct) {
      structs.put(name, splitStatements(body));
    } else {
      classes.put(name, new ClassDefinition(name, base, readMembers(body)));
    }
    expect(tokens, close + 1, ";");
    return close + 2;
  }

  private List<Member> readMembers(List<String> body) {
    List<Member> members = new ArrayList<>();
    int i = 0;
    while (i < body.size()) {
      String token = body.get(i);
      if ((token.equals("public") || token.equals("protected") || token.equals("private"))
          && i + 1 < body.size()
          && body.get(i + 1).equals(":")) {
        i += 2;
        continue;
      }
      int end = i;
      while (!body.get(end).equals(";") && !body.get(end).equals("{")) {
        end++;
      }
      List<String> declaration = new ArrayList<>(body.subList(i, end));
      String inlineBody = null;
      if (body.get(end).equals("{")) {
        int close = matching(body, end);
        inlineBody = CppTokens.join(body.subList(end + 1, close));
        end = close;
        if (end + 1 < body.size() && body.get(end + 1).equals(";")) {
          end++;
        }
      }
      boolean isVirtual = !declaration.isEmpty() && declaration.get(0).equals("virtual");
      if (isVirtual) {
        declaration.remove(0);
      }
      int size = declaration.size();
      boolean isPure = size >= 2 && declaration.get(size - 2).equals("=") && declaration.get(size - 1).equals("0");
      if (isPure) {
        declaration = declaration.subList(0, size - 2);
      }
      members.add(new Member(CppTokens.join(declaration), isVirtual, isPure, inlineBody));
      i = end + 1;
    }
    return members;
  }

  private int readEnum(List<String> tokens, int start) {
    String name = tokens.get(start + 1);
    int i = start + 2;
    if (tokens.get(i).equals(":")) {
      // enum NAME : type;  -- an opaque declaration of a type defined elsewhere
      expect(tokens, i + 2, ";");
      opaqueEnums.add(name);
      return i + 3;
    }
    expect(tokens, i, "{");
    int close = matching(tokens, i);
    List<Enumerator> enumerators = new ArrayList<>();
    long next = 0;
    for (List<String> item : splitTopLevel(tokens.subList(i + 1, close), ",")) {
      if (item.isEmpty()) {
        continue;
      }
      long value = next;
      if (item.size() == 3 && item.get(1).equals("=")) {
        Long explicit = CppTokens.integerValue(item.get(2));
        if (explicit == null) {
          throw new IllegalArgumentException(fileName + ": enumerator value not a literal: " + item);
        }
        value = explicit;
      } else if (item.size() != 1) {
        throw new IllegalArgumentException(fileName + ": enumerator not understood: " + item);
      }
      enumerators.add(new Enumerator(item.get(0), value));
      next = value + 1;
    }
    enums.put(name, enumerators);
    expect(tokens, close + 1, ";");
    return close + 2;
  }

  private int readTypedef(List<String> tokens, int start) {
    int end = start;
    while (!tokens.get(end).equals(";")) {
      end++;
    }
    List<String> declaration = tokens.subList(start + 1, end);
    int pointerInParens = declaration.indexOf("*");
    String name;
    if (declaration.contains("(") && pointerInParens > 0 && declaration.get(pointerInParens + 2).equals(")")) {
      name = declaration.get(pointerInParens + 1); // R (CC * NAME)(args)
    } else {
      name = declaration.get(declaration.size() - 1);
    }
    typedefs.add(name);
    return end + 1;
  }

  private int readIid(List<String> tokens, int start) {
    expect(tokens, start + 1, "(");
    int close = matching(tokens, start + 1);
    List<List<String>> arguments = splitTopLevel(tokens.subList(start + 2, close), ",");
    if (arguments.size() != 12) {
      throw new IllegalArgumentException(fileName + ": __CRT_UUID_DECL needs 12 arguments: " + arguments);
    }
    long[] parts = new long[11];
    for (int k = 0; k < 11; k++) {
      parts[k] = CppTokens.integerValue(CppTokens.join(arguments.get(k + 1)));
    }
    String iid =
        String.format(
            "{%08X-%04X-%04X-%02X%02X-%02X%02X%02X%02X%02X%02X}",
            parts[0], parts[1], parts[2], parts[3], parts[4], parts[5], parts[6], parts[7],
            parts[8], parts[9], parts[10]);
    iids.put(CppTokens.join(arguments.get(0)), iid);
    return close + 1;
  }

  private int readFunctionTemplate(List<String> tokens, int start) {
    int open = indexOf(tokens, "{", start);
    if (open < 0) {
      throw unexpected(tokens, start);
    }
    List<String> signature = tokens.subList(start, open);
    String name = signature.get(signature.indexOf("(") - 1);
    functionTemplates.put(name, CppTokens.join(signature));
    return matching(tokens, open) + 1;
  }

  private static List<String> splitStatements(List<String> body) {
    List<String> statements = new ArrayList<>();
    for (List<String> statement : splitTopLevel(body, ";")) {
      if (!statement.isEmpty()) {
        statements.add(CppTokens.join(statement));
      }
    }
    return statements;
  }

  private static List<List<String>> splitTopLevel(List<String> tokens, String separator) {
    List<List<String>> parts = new ArrayList<>();
    List<String> current = new ArrayList<>();
    int depth = 0;
    for (String token : tokens) {
      if (token.equals("(") || token.equals("{") || token.equals("<")) {
        depth++;
      } else if (token.equals(")") || token.equals("}") || token.equals(">")) {
        depth--;
      }
      if (depth == 0 && token.equals(separator)) {
        parts.add(current);
        current = new ArrayList<>();
      } else {
        current.add(token);
      }
    }
    parts.add(current);
    return parts;
  }

  private static int indexOf(List<String> tokens, String token, int from) {
    for (int i = from; i < tokens.size(); i++) {
      if (tokens.get(i).equals(token)) {
        return i;
      }
    }
    return -1;
  }

  private int matching(List<String> tokens, int open) {
    String opening = tokens.get(open);
    String closing = opening.equals("{") ? "}" : ")";
    int depth = 0;
    for (int i = open; i < tokens.size(); i++) {
      if (tokens.get(i).equals(opening)) {
        depth++;
      } else if (tokens.get(i).equals(closing) && --depth == 0) {
        return i;
      }
    }
    throw new IllegalArgumentException(fileName + ": unbalanced '" + opening + "' near " + context(tokens, open));
  }

  private void expect(List<String> tokens, int index, String expected) {
    if (index >= tokens.size() || !tokens.get(index).equals(expected)) {
      throw new IllegalArgumentException(
          fileName + ": expected '" + expected + "' near " + context(tokens, index));
    }
  }

  private IllegalArgumentException unexpected(List<String> tokens, int index) {
    return new IllegalArgumentException(
        fileName + ": top-level declaration the conformance parser does not know, near " + context(tokens, index));
  }

  private static String context(List<String> tokens, int index) {
    int from = Math.max(0, index - 3);
    int to = Math.min(tokens.size(), index + 12);
    return "'" + CppTokens.join(tokens.subList(from, to)) + "'";
  }
}
