package org.jiis.processor.generation.text;

import org.jiis.testkit.nativebuild.NativeTools;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Real compilers read the literals back: a C++ file holds, for every tricky value, a
 * {@code static_assert} that the literal's code units are the ones Java computes. It is compiled by
 * g++ (32-bit {@code wchar_t}) and by clang for Windows targets (16-bit {@code wchar_t}, MinGW and
 * MSVC modes), with trigraphs on and every warning an error.
 */
class CppLiteralCompilerTest {

  private static final List<String> VALUES = List.of(
      "",
      "TokenCacheAudit",
      "quote \" backslash \\ line\nreturn\r tab\t end",
      "??= ??/ ??' ??( ??) ??! ??< ??> ??- ???",
      "\u00E9A \u00E90f \u00E9g",
      "\u0001F \u0000x \u007F9 \u0085b",
      "\uD835\uDCB3B \u20AC \u2028 \u6A21\u5757",
      "org/example/Outer$Inner");

  @Test
  void compilersReadTheLiteralsBackUnchanged(@TempDir Path directory) throws IOException {
    Path checks = directory.resolve("checks.cpp");
    Files.writeString(checks, checksSource(), StandardCharsets.US_ASCII);

    String gxx = NativeTools.locate("g++", "g++").toString();
    NativeTools.runSuccessfully(directory, List.of(gxx, "-std=c++17", "-trigraphs", "-fsyntax-only",
        "-Wall", "-Wextra", "-Werror", "-pedantic", "checks.cpp"));

    String clang = NativeTools.locate("clang++", "clang").toString();
    for (List<String> target : List.of(
        List.of("--target=i686-w64-windows-gnu"),
        List.of("--target=x86_64-pc-windows-msvc", "-fms-compatibility"))) {
      List<String> command = new ArrayList<>(List.of(clang));
      command.addAll(target);
      command.addAll(List.of("-std=c++17", "-ftrigraphs", "-fsyntax-only",
          "-Wall", "-Wextra", "-Werror", "-pedantic", "checks.cpp"));
      NativeTools.runSuccessfully(directory, command);
    }
  }

  private static String checksSource() throws IOException {
    StringBuilder source = new StringBuilder("""
        typedef decltype(sizeof 0) size;
        typedef unsigned long long unit;

        template <size N, size M>
        constexpr bool same(const char (&actual)[N], const unit (&expected)[M]) {
          if (N != M) return false;
          for (size i = 0; i < N; ++i) {
            if (static_cast<unsigned char>(actual[i]) != expected[i]) return false;
          }
          return true;
        }

        template <size N, size M>
        constexpr bool same(const wchar_t (&actual)[N], const unit (&expected)[M]) {
          if (N != M) return false;
          for (size i = 0; i < N; ++i) {
            if (static_cast<unit>(actual[i]) != expected[i]) return false;
          }
          return true;
        }

        """);
    for (int i = 0; i < VALUES.size(); i++) {
      String value = VALUES.get(i);
      check(source, "utf8_" + i, CppText.utf8Literal(value), units(value.getBytes(StandardCharsets.UTF_8)));
      check(source, "modified_utf8_" + i, CppText.modifiedUtf8Literal(value), units(modifiedUtf8(value)));
      String name = "wide_" + i;
      source.append("#if __SIZEOF_WCHAR_T__ == 2\n")
          .append(array(name, value.chars().toArray()))
          .append("#else\n")
          .append(array(name, value.codePoints().toArray()))
          .append("#endif\n")
          .append(assertion(name, CppText.wideLiteral(value)));
    }
    return source.toString();
  }

  private static void check(StringBuilder source, String name, String literal, int[] expected) {
    source.append(array(name, expected)).append(assertion(name, literal));
  }

  private static String array(String name, int[] units) {
    String values = IntStream.concat(Arrays.stream(units), IntStream.of(0))
        .mapToObj(unit -> String.format("0x%X", unit))
        .collect(Collectors.joining(", "));
    return "constexpr unit " + name + "[] = {" + values + "};\n";
  }

  private static String assertion(String name, String literal) {
    return "static_assert(same(" + literal + ", " + name + "), \"" + name + "\");\n\n";
  }

  private static int[] units(byte[] bytes) {
    return IntStream.range(0, bytes.length).map(i -> bytes[i] & 0xFF).toArray();
  }

  private static byte[] modifiedUtf8(String value) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    new DataOutputStream(bytes).writeUTF(value);
    return Arrays.copyOfRange(bytes.toByteArray(), 2, bytes.size());
  }
}
