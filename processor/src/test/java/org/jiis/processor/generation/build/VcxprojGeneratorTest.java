package org.jiis.processor.generation.build;

import static com.google.common.truth.Truth.assertThat;
import static org.jiis.processor.generation.build.VisualStudioXml.definitions;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.jiis.processor.generation.text.FileContent;
import org.junit.jupiter.api.Test;

class VcxprojGeneratorTest {

  private static final NativeSources SOURCES = NativeSources.of(new ModuleFiles("TokenCacheAudit"),
      List.of("include/jiis/runtime.h", "src/log.cpp", "src/log.h", "src/platform_posix.cpp",
          "src/platform_win32.cpp"));

  private final VcxprojGenerator generator = new VcxprojGenerator();

  private FileContent generate() {
    return generator.generate(TestModules.tokenCacheAudit(), SOURCES);
  }

  @Test
  void declaresBothPlatformsInDebugAndRelease() throws Exception {
    VisualStudioXml project = new VisualStudioXml(generate());

    assertThat(project.all("/Project/ItemGroup[@Label='ProjectConfigurations']/ProjectConfiguration/@Include"))
        .containsExactly("Debug|Win32", "Release|Win32", "Debug|x64", "Release|x64");
    for (BuildConfiguration configuration : BuildConfiguration.values()) {
      String properties = "/Project/PropertyGroup[@Label='Configuration' and @Condition=\""
          + configuration.condition() + "\"]";
      assertThat(project.one(properties + "/ConfigurationType")).isEqualTo("DynamicLibrary");
      assertThat(project.one(properties + "/CharacterSet")).isEqualTo("Unicode");
      assertThat(project.one(properties + "/PlatformToolset")).isEqualTo("v143");
      assertThat(project.one(properties + "/UseDebugLibraries")).isEqualTo(String.valueOf(configuration.debug()));
    }
  }

  @Test
  void win32AndOnlyWin32CompilesWithStdCall() throws Exception {
    VisualStudioXml project = new VisualStudioXml(generate());

    for (BuildConfiguration configuration : BuildConfiguration.values()) {
      List<String> callingConvention = project.all(definitions(configuration) + "/ClCompile/CallingConvention");
      if (configuration.win32()) {
        assertThat(callingConvention).containsExactly("StdCall");
      } else {
        assertThat(callingConvention).isEmpty();
      }
    }
  }

  @Test
  void everyConfigurationHasTheDefWarningsAsErrorsPdbsRttiAndJniHeaders() throws Exception {
    VisualStudioXml project = new VisualStudioXml(generate());

    for (BuildConfiguration configuration : BuildConfiguration.values()) {
      String compile = definitions(configuration) + "/ClCompile/";
      String link = definitions(configuration) + "/Link/";
      assertThat(project.one(link + "ModuleDefinitionFile")).isEqualTo("TokenCacheAudit.def");
      assertThat(project.one(compile + "WarningLevel")).isEqualTo("Level4");
      assertThat(project.one(compile + "TreatWarningAsError")).isEqualTo("true");
      assertThat(project.one(compile + "DebugInformationFormat")).isEqualTo("ProgramDatabase");
      assertThat(project.one(link + "GenerateDebugInformation")).isEqualTo("true");
      assertThat(project.one(compile + "RuntimeTypeInfo")).isEqualTo("true");
      assertThat(project.one(compile + "LanguageStandard")).isEqualTo("stdcpp17");
      assertThat(Arrays.asList(project.one(compile + "AdditionalIncludeDirectories").split(";")))
          .containsAtLeast("runtime\\include", "$(JAVA_HOME)\\include", "$(JAVA_HOME)\\include\\win32");
      assertThat(Arrays.asList(project.one(link + "AdditionalDependencies").split(";")))
          .contains("advapi32.lib");
    }
  }

  @Test
  void listsEverySourceAndHeaderAndExcludesThePosixLayerFromTheBuild() throws Exception {
    VisualStudioXml project = new VisualStudioXml(generate());

    assertThat(project.all("/Project/ItemGroup/ClCompile/@Include")).containsExactly(
        "TokenCacheAuditModule.cpp", "TokenCacheAuditJni.cpp", "runtime\\src\\log.cpp",
        "runtime\\src\\platform_posix.cpp", "runtime\\src\\platform_win32.cpp").inOrder();
    assertThat(project.all("/Project/ItemGroup/ClInclude/@Include"))
        .containsExactly("runtime\\include\\jiis\\runtime.h", "runtime\\src\\log.h").inOrder();
    assertThat(project.all("/Project/ItemGroup/ClCompile[ExcludedFromBuild='true']/@Include"))
        .containsExactly("runtime\\src\\platform_posix.cpp");
    assertThat(project.all("/Project/ItemGroup/None/@Include"))
        .containsExactly("TokenCacheAudit.def", "TokenCacheAudit.jiis.properties", "install-TokenCacheAudit.ps1");
  }

  @Test
  void listsEveryFileOfThePackagedRuntime() throws Exception {
    RuntimeSources runtime = RuntimeSources.fromProcessorJar();
    NativeSources sources = NativeSources.of(new ModuleFiles("TokenCacheAudit"), runtime.paths());

    VisualStudioXml project = new VisualStudioXml(generator.generate(TestModules.tokenCacheAudit(), sources));

    List<String> listed = project.all("/Project/ItemGroup/*[self::ClCompile or self::ClInclude]/@Include");
    for (String path : runtime.paths()) {
      if (path.endsWith(".cpp") || path.endsWith(".h")) {
        assertThat(listed).contains("runtime\\" + path.replace('/', '\\'));
      }
    }
  }

  @Test
  void checksJavaHomeBeforeBuilding() throws Exception {
    VisualStudioXml project = new VisualStudioXml(generate());

    assertThat(project.one("/Project/Target[@Name='JiisCheckJavaHome']/@BeforeTargets")).isEqualTo("PrepareForBuild");
    assertThat(project.all("/Project/Target[@Name='JiisCheckJavaHome']/Error/@Condition")).containsExactly(
        "'$(JAVA_HOME)' == ''", "'$(JAVA_HOME)' != '' And !Exists('$(JAVA_HOME)\\include\\jni.h')");
  }

  @Test
  void msBuildSpecialCharactersInPathsAreEscaped() throws Exception {
    NativeSources sources = new NativeSources(List.of("dir/a;b$c@d.cpp"));

    VisualStudioXml project = new VisualStudioXml(generator.generate(TestModules.tokenCacheAudit(), sources));

    assertThat(project.all("/Project/ItemGroup/ClCompile/@Include")).containsExactly("dir\\a%3Bb%24c%40d.cpp");
  }

  @Test
  void isUtf8WithByteOrderMarkAndCrlfLineEndings() {
    byte[] bytes = generate().bytes();
    String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);

    assertThat(Arrays.copyOf(bytes, 3)).isEqualTo(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    assertThat(text).startsWith("<?xml version=\"1.0\" encoding=\"utf-8\"?>\r\n<Project ");
    assertThat(text.replace("\r\n", "")).doesNotContain("\n");
    assertThat(generate().path()).isEqualTo("TokenCacheAudit.vcxproj");
  }
}
