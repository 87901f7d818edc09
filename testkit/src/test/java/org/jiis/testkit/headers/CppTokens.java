package org.jiis.testkit.headers;

import java.util.ArrayList;
import java.util.List;

/**
 * Just enough C++ lexing to compare declarations written in different spacing: comments removed,
 * identifiers, numbers, string literals (with their {@code L} prefix) and punctuation as tokens.
 * Two declarations are the same when their tokens are, so {@code const GUID & v} equals
 * {@code const GUID& v}, but {@code ()} does not equal {@code (VOID)}.
 */
final class CppTokens {
  private CppTokens() {}

  /** The text without comments; string and character literals are kept intact. */
  static String stripComments(String text) {
    StringBuilder out = new StringBuilder(text.length());
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (c == '"' || c == '\'') {
        int end = endOfQuoted(text, i);
        out.append(text, i, end);
        i = end;
      } else if (text.startsWith("/*", i)) {
        int end = text.indexOf("*/", i + 2);
        if (end < 0) {
          throw new IllegalArgumentException("unterminated /* comment");
        }
        // Keep line structure so that preprocessor lines stay separate.
        text.substring(i, end + 2).chars().filter(ch -> ch == '\n').forEach(ch -> out.append('\n'));
        out.append(' ');
        i = end + 2;
      } else if (text.startsWith("//", i)) {
        int end = text.indexOf('\n', i);
        i = end < 0 ? text.length() : end;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  static List<String> tokenize(String text) {
    String code = stripComments(text);
    List<String> tokens = new ArrayList<>();
    int i = 0;
    while (i < code.length()) {
      char c = code.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == 'L' && i + 1 < code.length() && code.charAt(i + 1) == '"') {
        int end = endOfQuoted(code, i + 1);
        tokens.add(code.substring(i, end));
        i = end;
      } else if (c == '"' || c == '\'') {
        int end = endOfQuoted(code, i);
        tokens.add(code.substring(i, end));
        i = end;
      } else if (Character.isLetter(c) || c == '_') {
        int end = i + 1;
        while (end < code.length() && isIdentifierPart(code.charAt(end))) {
          end++;
        }
        tokens.add(code.substring(i, end));
        i = end;
      } else if (Character.isDigit(c)) {
        int end = i + 1;
        while (end < code.length() && (isIdentifierPart(code.charAt(end)) || code.charAt(end) == '.')) {
          end++;
        }
        tokens.add(code.substring(i, end));
        i = end;
      } else if (code.startsWith("::", i) || code.startsWith("->", i)) {
        tokens.add(code.substring(i, i + 2));
        i += 2;
      } else {
        tokens.add(String.valueOf(c));
        i++;
      }
    }
    return tokens;
  }

  /** The tokens of {@code text} joined by single spaces: the form declarations are compared in. */
  static String normalize(String text) {
    return String.join(" ", tokenize(text));
  }

  static String join(List<String> tokens) {
    return String.join(" ", tokens);
  }

  static boolean isIdentifier(String token) {
    return !token.isEmpty()
        && (Character.isLetter(token.charAt(0)) || token.charAt(0) == '_')
        && token.chars().allMatch(ch -> isIdentifierPart((char) ch));
  }

  /** Parses a C integer literal (decimal or hex, optional u/l suffixes), or returns null. */
  static Long integerValue(String literal) {
    String text = literal.trim().replaceAll("[uUlL]+$", "");
    try {
      if (text.startsWith("0x") || text.startsWith("0X")) {
        return Long.parseLong(text.substring(2), 16);
      }
      return Long.parseLong(text);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  private static boolean isIdentifierPart(char c) {
    return Character.isLetterOrDigit(c) || c == '_';
  }

  private static int endOfQuoted(String text, int openingQuote) {
    char quote = text.charAt(openingQuote);
    int i = openingQuote + 1;
    while (i < text.length() && text.charAt(i) != quote) {
      i += text.charAt(i) == '\\' ? 2 : 1;
    }
    if (i >= text.length()) {
      throw new IllegalArgumentException("unterminated literal starting " + text.substring(openingQuote, Math.min(text.length(), openingQuote + 20)));
    }
    return i + 1;
  }
}
