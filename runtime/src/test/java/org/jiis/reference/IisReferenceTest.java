package org.jiis.reference;

import static com.google.common.truth.Truth.assertThat;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

/** The Markdown reading the cross-checks rely on, on a small document of the reference's shape. */
class IisReferenceTest {

  private static final IisReference DOCUMENT = new IisReference(Path.of("sample.md"), List.of(
      "## 4. Constants",
      "### 4.1 Global notifications (`GL_*`)",
      "",
      "| constant | value | method |",
      "|---|---|---|",
      "| GL_A | 0x00000002 | OnA |",
      "| GL_B | 0x00000004 | `VOID F(int a \\| b)` |",
      "",
      "Notes after the table.",
      "### 4.3 Enums",
      "| enum | enumerators (value) | sources |",
      "|---|---|---|",
      "| STATUS | S_GO (0) — go on; S_STOP (1) — stop | S1 |",
      "| EMPTY | (empty enum) | S1 |",
      "### 4.4 Strings",
      "| name | definition |",
      "|---|---|",
      "| ALIAS_ONE / TWO / ALIAS_THREE | wide literals `L\"ONE\"`, `L\"TWO\"`, `L\"THREE\"` |",
      "### 4.5 No table",
      "text",
      "### 4.6 Next"));

  private static final IisReference INTERFACES = new IisReference(Path.of("interfaces.md"), List.of(
      "## 8. Cache",
      "**IBase** — IID `{1}`  ",
      "",
      "| MSVC slot | declaration (in declaration order) |",
      "|---|---|",
      "| 0 | `VOID SetErrorStatus(HRESULT hrError)` |",
      "",
      "**IDerived** : IBase — IID `{2}`  ",
      "Slot 0 is inherited from IBase; own methods:  ",
      "",
      "| MSVC slot | declaration (in declaration order) |",
      "|---|---|",
      "| 1 | `PCWSTR GetName(VOID) const` |",
      "| 2 | `HRESULT GetBuffer(DWORD cbBuffer, BYTE** ppbBuffer)` |",
      "### 8.1 keys",
      "| class | IID | slot | declaration |",
      "|---|---|---|---|",
      "| IKeyA | `{3}` | 1 | `PCWSTR GetCacheName(VOID) const` → `A` |",
      "| | | 5 | `PCWSTR GetUrl(VOID) const` |",
      "| IKeyB | `{4}` | 5 | `PCWSTR GetPath(VOID) const` |"));

  @Test
  void readsTheMethodsAnInterfaceDeclaresItself() {
    assertThat(INTERFACES.declaredMethods("IBase")).containsExactly("SetErrorStatus");
    assertThat(INTERFACES.declaredMethods("IDerived")).containsExactly("GetName", "GetBuffer").inOrder();
  }

  @Test
  void readsTheKeyInterfacesFromTheirSharedTable() {
    assertThat(INTERFACES.declaredMethods("IKeyA")).containsExactly("GetCacheName", "GetUrl").inOrder();
    assertThat(INTERFACES.declaredMethods("IKeyB")).containsExactly("GetPath");
    assertThrows(AssertionError.class, () -> INTERFACES.declaredMethods("IMissing"));
  }

  @Test
  void readsTheBodyRowsOfTheSectionsTable() {
    assertThat(DOCUMENT.table("### 4.1 ")).containsExactly(
        List.of("GL_A", "0x00000002", "OnA"),
        List.of("GL_B", "0x00000004", "`VOID F(int a \\| b)`")).inOrder();
  }

  @Test
  void doesNotSplitCellsOnPipesInsideCodeSpans() {
    assertThat(IisReference.cells("| a | `x | y` | b |")).containsExactly("a", "`x | y`", "b")
        .inOrder();
  }

  @Test
  void readsEnumeratorsWithTheirValuesInOrder() {
    assertThat(DOCUMENT.enumerators("STATUS")).containsExactly("S_GO", 0, "S_STOP", 1).inOrder();
  }

  @Test
  void expandsSuffixNamesOfWideStringRows() {
    assertThat(DOCUMENT.wideStrings("ALIAS_ONE"))
        .containsExactly("ALIAS_ONE", "ONE", "ALIAS_TWO", "TWO", "ALIAS_THREE", "THREE")
        .inOrder();
  }

  @Test
  void failsLoudlyRatherThanReturningNothing() {
    assertThat(assertThrows(AssertionError.class, () -> DOCUMENT.table("### 9.9 ")))
        .hasMessageThat().contains("No section '### 9.9 '");
    assertThat(assertThrows(AssertionError.class, () -> DOCUMENT.table("### 4.5 ")))
        .hasMessageThat().contains("has no table");
    assertThat(assertThrows(AssertionError.class, () -> DOCUMENT.enumerators("EMPTY")))
        .hasMessageThat().contains("No enumerators for EMPTY");
    assertThat(assertThrows(AssertionError.class, () -> DOCUMENT.row("### 4.3 ", "MISSING")))
        .hasMessageThat().contains("No row 'MISSING'");
  }

  @Test
  void readsTheReferenceBesideTheRepository(@TempDir Path temp) throws IOException {
    Path repository = Files.createDirectories(temp.resolve("main/.ci")).getParent();
    Path reference = Files.createDirectories(temp.resolve("shared/reference"))
        .resolve("iis-native-api.md");
    Files.writeString(reference, "### 4.3 Enums\n| enum | values |\n|---|---|\n| E | E_A (0) |\n");

    IisReference loaded = IisReference.load(repository.resolve("runtime"), false);

    assertThat(loaded.path()).isEqualTo(reference);
    assertThat(loaded.enumerators("E")).containsExactly("E_A", 0);
  }

  @Test
  void aMissingReferenceSkipsLocallyAndSaysWhereItLooked(@TempDir Path temp) throws IOException {
    Path repository = Files.createDirectories(temp.resolve("main/.ci")).getParent();

    TestAbortedException skipped = assertThrows(TestAbortedException.class,
        () -> IisReference.load(repository, false));

    assertThat(skipped).hasMessageThat()
        .contains("no IIS reference at " + temp.resolve("shared/reference/iis-native-api.md"));
  }

  @Test
  void aMissingReferenceFailsOnCi(@TempDir Path temp) throws IOException {
    Path repository = Files.createDirectories(temp.resolve("main/.ci")).getParent();

    AssertionFailedError failed = assertThrows(AssertionFailedError.class,
        () -> IisReference.load(repository, true));

    assertThat(failed).hasMessageThat()
        .contains("no IIS reference at " + temp.resolve("shared/reference/iis-native-api.md"));
    assertThat(failed).hasMessageThat().contains("CI=true");
  }
}
