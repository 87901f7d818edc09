package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jiis.processor.generation.text.FileContent;
import org.junit.jupiter.api.Test;

/**
 * The script's text. No PowerShell runs here (none is installed on the build machines); the
 * checks pin the parts that make the script safe and the escaping of every value it holds.
 */
class InstallScriptGeneratorTest {

  private final InstallScriptGenerator generator = new InstallScriptGenerator();

  private static String text(FileContent file) {
    byte[] bytes = file.bytes();
    assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void holdsTheModulesNamesAsVerbatimStrings() {
    FileContent file = generator.generate(TestModules.tokenCacheAudit());
    String script = text(file);

    assertThat(file.path()).isEqualTo("install-TokenCacheAudit.ps1");
    assertThat(script).contains("\r\n$ModuleName = 'TokenCacheAudit'\r\n");
    assertThat(script).contains("\r\n$LibraryName = 'TokenCacheAudit.dll'\r\n");
    assertThat(script).contains("\r\n$SettingsName = 'TokenCacheAudit.jiis.properties'\r\n");
  }

  @Test
  void isStrictChecksAdminRightsAndRegistersWithABitnessPrecondition() {
    String script = text(generator.generate(TestModules.tokenCacheAudit()));

    assertThat(script).contains("\r\nSet-StrictMode -Version Latest\r\n$ErrorActionPreference = 'Stop'\r\n");
    assertThat(script).contains("[Security.Principal.WindowsBuiltInRole]::Administrator");
    assertThat(script).contains("[ValidateSet('32', '64')]");
    assertThat(script).contains("[switch] $Uninstall");
    assertThat(script).contains("$Section = 'system.webServer/globalModules'");
    assertThat(script).contains("\"/+[name='$ModuleName',image='$ImagePath',preCondition='bitness$Bitness']\", '/commit:apphost'");
    assertThat(script).contains("\"/-[name='$ModuleName']\", '/commit:apphost'");
    assertThat(script.indexOf("Assert-Administrator\r\n$AppCmd = Get-AppCmd"))
        .isLessThan(script.indexOf("if ($Uninstall) {"));
  }

  @Test
  void usesCrlfLineEndingsAndBalancedBraces() {
    String script = text(generator.generate(TestModules.tokenCacheAudit()));

    assertThat(script.replace("\r\n", "")).doesNotContain("\n");
    assertThat(script.chars().filter(c -> c == '{').count()).isEqualTo(script.chars().filter(c -> c == '}').count());
    assertThat(script.chars().filter(c -> c == '(').count()).isEqualTo(script.chars().filter(c -> c == ')').count());
  }

  @Test
  void quotesAndNonAsciiTextInNamesAreEscaped() {
    String script = text(generator.generate(TestModules.named("O'Bri\u2019en Caf\u00E9")));

    assertThat(script).contains("$ModuleName = 'O''Bri\u2019\u2019en Caf\u00E9'\r\n");
    assertThat(script).contains("$LibraryName = 'O''Bri\u2019\u2019en Caf\u00E9.dll'\r\n");
  }

  @Test
  void aLineBreakInAValueStaysInsideItsString() {
    String script = text(generator.generate(TestModules.named("a\nb")));

    assertThat(script).contains("$ModuleName = 'a\nb'\r\n");
  }
}
