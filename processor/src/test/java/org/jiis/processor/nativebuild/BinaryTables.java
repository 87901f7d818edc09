package org.jiis.processor.nativebuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Result;
import org.jiis.testkit.nativebuild.NativeTools.Tool;

/** What a built library exports and imports, read with binutils. */
final class BinaryTables {

  private static final Pattern EXPORT_DIRECTORY_NAME = Pattern.compile("(?m)^Name\\s+[0-9a-fA-F]+ (\\S+)$");
  private static final Pattern IMAGE_BASE = Pattern.compile("(?m)^ImageBase\\s+([0-9a-fA-F]+)$");
  private static final Pattern FIRST_EXPORT_RVA =
      Pattern.compile("(?m)^\\s*\\[\\s*0\\] \\+base\\[\\s*\\d+\\] ([0-9a-fA-F]+) Export RVA$");

  private BinaryTables() {}

  /** The names {@code nm -D --defined-only} lists for an ELF shared object. */
  static List<String> definedDynamicSymbols(Path library) {
    Result symbols = NativeTools.runSuccessfully(library.getParent(),
        List.of(Tool.NM.path().toString(), "-D", "--defined-only", library.toString()));
    List<String> names = new ArrayList<>();
    for (String line : symbols.output().split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length == 3) {
        names.add(fields[2]);
      }
    }
    return names;
  }

  /** {@code objdump -p} of a PE image: its headers, import and export tables. */
  static String peHeaders(WindowsTarget target, Path image) {
    return NativeTools.runSuccessfully(image.getParent(),
        List.of(target.objdump().path().toString(), "-p", image.toString())).output();
  }

  /** The names in the export table of {@code objdump -p} output. */
  static List<String> exportedNames(String peHeaders) {
    List<String> names = new ArrayList<>();
    boolean inTable = false;
    for (String line : peHeaders.split("\n")) {
      if (line.contains("[Ordinal/Name Pointer] Table")) {
        inTable = true;
      } else if (inTable && line.isBlank()) {
        break;
      } else if (inTable) {
        names.add(line.replaceFirst("^\\s*\\[\\s*\\d+\\]\\s*", "").trim());
      }
    }
    return names;
  }

  /** The library name of the export directory (the {@code .def}'s {@code LIBRARY}), or null. */
  static String exportDirectoryName(String peHeaders) {
    Matcher name = EXPORT_DIRECTORY_NAME.matcher(peHeaders);
    return name.find() ? name.group(1) : null;
  }

  /**
   * The address the first entry of the export table points at (image base plus export RVA), or
   * null if {@code objdump -p} output shows none.
   */
  static Long firstExportAddress(String peHeaders) {
    Matcher base = IMAGE_BASE.matcher(peHeaders);
    Matcher rva = FIRST_EXPORT_RVA.matcher(peHeaders);
    if (!base.find() || !rva.find()) {
      return null;
    }
    return Long.parseUnsignedLong(base.group(1), 16) + Long.parseUnsignedLong(rva.group(1), 16);
  }

  /** The addresses of the symbols a PE image's symbol table defines, by name ({@code nm}). */
  static Map<String, Long> definedSymbols(WindowsTarget target, Path image) {
    Result symbols = NativeTools.runSuccessfully(image.getParent(),
        List.of(target.nm().toString(), "--defined-only", image.toString()));
    Map<String, Long> addresses = new HashMap<>();
    for (String line : symbols.output().split("\n")) {
      String[] fields = line.trim().split("\\s+");
      if (fields.length == 3) {
        addresses.put(fields[2], Long.parseUnsignedLong(fields[0], 16));
      }
    }
    return addresses;
  }

  /** The DLLs named in the import table of {@code objdump -p} output. */
  static List<String> importedDlls(String peHeaders) {
    List<String> dlls = new ArrayList<>();
    for (String line : peHeaders.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("DLL Name: ")) {
        dlls.add(trimmed.substring("DLL Name: ".length()));
      }
    }
    return dlls;
  }
}
