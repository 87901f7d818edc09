package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jiis.processor.generation.text.FileContent;
import org.junit.jupiter.api.Test;

class SolutionGeneratorTest {

  private static final Pattern PROJECT_LINE =
      Pattern.compile("^Project\\(\"(\\{[^}]+})\"\\) = \"([^\"]+)\", \"([^\"]+)\", \"(\\{[^}]+})\"$", Pattern.MULTILINE);

  private final FileContent solution = new SolutionGenerator().generate(TestModules.tokenCacheAudit());

  private String text() {
    byte[] bytes = solution.bytes();
    assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    return new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
  }

  @Test
  void referencesTheGeneratedProjectAsACppProject() throws Exception {
    FileContent project = new VcxprojGenerator().generate(TestModules.tokenCacheAudit(), new NativeSources(List.of()));
    String projectGuid = new VisualStudioXml(project).one("/Project/PropertyGroup[@Label='Globals']/ProjectGuid");

    Matcher line = PROJECT_LINE.matcher(text().replace("\r\n", "\n"));
    assertThat(line.find()).isTrue();
    assertThat(line.group(1)).isEqualTo("{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}");
    assertThat(line.group(2)).isEqualTo("TokenCacheAudit");
    assertThat(line.group(3)).isEqualTo(project.path());
    assertThat(line.group(4)).isEqualTo(projectGuid);
    assertThat(line.find()).isFalse();
  }

  @Test
  void buildsTheProjectInAllFourConfigurations() {
    String text = text();
    String guid = VisualStudioIds.projectGuid("TokenCacheAudit");

    for (String[] mapping : new String[][] {
        {"Debug|x86", "Debug|Win32"}, {"Release|x86", "Release|Win32"},
        {"Debug|x64", "Debug|x64"}, {"Release|x64", "Release|x64"}}) {
      assertThat(text).contains("\t\t" + mapping[0] + " = " + mapping[0] + "\r\n");
      assertThat(text).contains("\t\t" + guid + "." + mapping[0] + ".ActiveCfg = " + mapping[1] + "\r\n");
      assertThat(text).contains("\t\t" + guid + "." + mapping[0] + ".Build.0 = " + mapping[1] + "\r\n");
    }
  }

  @Test
  void isAVisualStudio2022SolutionWithCrlfLineEndings() {
    String text = text();

    assertThat(text).startsWith("\r\nMicrosoft Visual Studio Solution File, Format Version 12.00\r\n# Visual Studio Version 17\r\n");
    assertThat(text).endsWith("EndGlobal\r\n");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    assertThat(text).contains("SolutionGuid = " + VisualStudioIds.solutionGuid("TokenCacheAudit") + "\r\n");
    assertThat(solution.path()).isEqualTo("TokenCacheAudit.sln");
  }
}
