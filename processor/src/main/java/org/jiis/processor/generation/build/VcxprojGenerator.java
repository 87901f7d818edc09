package org.jiis.processor.generation.build;

import java.util.List;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.generation.text.LineEnding;
import org.jiis.processor.generation.text.MsBuildText;
import org.jiis.processor.generation.text.TextEncoding;
import org.jiis.processor.generation.text.XmlDocumentWriter;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes {@code <Name>.vcxproj}: a Visual Studio 2022 (toolset v143) C++ project that builds the
 * module DLL for Win32 and x64, Debug and Release.
 *
 * <p>Every configuration: Unicode, warning level 4 as errors, RTTI (the IIS cache entries are
 * downcast with {@code dynamic_cast}), C++17, {@code /utf-8} (sources are UTF-8 whatever the code
 * page), the static C runtime (a worker process need not have the Visual C++ redistributable),
 * PDBs, the {@code .def} file, {@code advapi32.lib} (event log, registry), and the JDK's JNI
 * headers from {@code $(JAVA_HOME)}, checked before the build starts. Win32 compiles with
 * {@code /Gz} ({@code __stdcall} by default), the model IIS's own modules use.
 *
 * <p>Every source is listed; a POSIX-only runtime source is listed but excluded from the build.
 */
public final class VcxprojGenerator {

  private static final String MSBUILD_NAMESPACE = "http://schemas.microsoft.com/developer/msbuild/2003";

  public FileContent generate(ModuleModel model, NativeSources sources) {
    ModuleFiles files = ModuleFiles.of(model);
    String name = MsBuildText.escape(model.moduleName());
    XmlDocumentWriter xml = new XmlDocumentWriter(LineEnding.CRLF);
    xml.startRoot("Project", MSBUILD_NAMESPACE).attribute("DefaultTargets", "Build");

    xml.start("ItemGroup").attribute("Label", "ProjectConfigurations");
    for (BuildConfiguration configuration : BuildConfiguration.values()) {
      xml.start("ProjectConfiguration").attribute("Include", configuration.projectName())
          .element("Configuration", configuration.configuration())
          .element("Platform", configuration.platform())
          .end();
    }
    xml.end();

    xml.start("PropertyGroup").attribute("Label", "Globals")
        .element("VCProjectVersion", "17.0")
        .element("Keyword", "Win32Proj")
        .element("ProjectGuid", VisualStudioIds.projectGuid(model.moduleName()))
        .element("RootNamespace", name)
        .element("WindowsTargetPlatformVersion", "10.0")
        .end();
    xml.empty("Import").attribute("Project", "$(VCTargetsPath)\\Microsoft.Cpp.Default.props");

    for (BuildConfiguration configuration : BuildConfiguration.values()) {
      xml.start("PropertyGroup")
          .attribute("Condition", configuration.condition())
          .attribute("Label", "Configuration")
          .element("ConfigurationType", "DynamicLibrary")
          .element("UseDebugLibraries", String.valueOf(configuration.debug()))
          .element("PlatformToolset", "v143")
          .element("CharacterSet", "Unicode")
          .end();
    }
    xml.empty("Import").attribute("Project", "$(VCTargetsPath)\\Microsoft.Cpp.props");
    xml.empty("ImportGroup").attribute("Label", "ExtensionSettings");
    xml.start("ImportGroup").attribute("Label", "PropertySheets");
    xml.empty("Import")
        .attribute("Project", "$(UserRootDir)\\Microsoft.Cpp.$(Platform).user.props")
        .attribute("Condition", "exists('$(UserRootDir)\\Microsoft.Cpp.$(Platform).user.props')")
        .attribute("Label", "LocalAppDataPlatform");
    xml.end();
    xml.empty("PropertyGroup").attribute("Label", "UserMacros");

    xml.start("PropertyGroup")
        .element("TargetName", name)
        .element("OutDir", "$(ProjectDir)bin\\$(Platform)\\$(Configuration)\\")
        .element("IntDir", "$(ProjectDir)obj\\$(Platform)\\$(Configuration)\\")
        .end();

    for (BuildConfiguration configuration : BuildConfiguration.values()) {
      writeItemDefinitions(xml, configuration, files);
    }

    writeItems(xml, "ClCompile", sources.sources());
    writeItems(xml, "ClInclude", sources.headers());
    writeItems(xml, "None", List.of(files.definitionFile(), files.settings(), files.installScript()));

    xml.empty("Import").attribute("Project", "$(VCTargetsPath)\\Microsoft.Cpp.targets");
    xml.empty("ImportGroup").attribute("Label", "ExtensionTargets");

    xml.start("Target").attribute("Name", "JiisCheckJavaHome").attribute("BeforeTargets", "PrepareForBuild");
    xml.empty("Error")
        .attribute("Condition", "'$(JAVA_HOME)' == ''")
        .attribute("Text", "JAVA_HOME is not set: set it to the JDK whose include\\jni.h the module "
            + "compiles against, then restart Visual Studio.");
    xml.empty("Error")
        .attribute("Condition", "'$(JAVA_HOME)' != '' And !Exists('$(JAVA_HOME)\\include\\jni.h')")
        .attribute("Text", "JAVA_HOME ($(JAVA_HOME)) has no include\\jni.h: set it to a JDK, not a JRE.");
    xml.end();

    xml.end();
    return new FileContent(files.project(), TextEncoding.UTF_8_WITH_BOM.encode(xml.finish()));
  }

  private static void writeItemDefinitions(
      XmlDocumentWriter xml, BuildConfiguration configuration, ModuleFiles files) {
    String definitions = (configuration.win32() ? "WIN32;" : "")
        + (configuration.debug() ? "_DEBUG" : "NDEBUG")
        + ";_WINDOWS;_USRDLL;%(PreprocessorDefinitions)";
    String includes = MsBuildText.path(ModuleFiles.RUNTIME_INCLUDE_DIRECTORY)
        + ";$(JAVA_HOME)\\include;$(JAVA_HOME)\\include\\win32;%(AdditionalIncludeDirectories)";

    xml.start("ItemDefinitionGroup").attribute("Condition", configuration.condition());
    xml.start("ClCompile")
        .element("WarningLevel", "Level4")
        .element("TreatWarningAsError", "true")
        .element("ConformanceMode", "true")
        .element("LanguageStandard", "stdcpp17")
        .element("RuntimeTypeInfo", "true")
        .element("RuntimeLibrary", configuration.debug() ? "MultiThreadedDebug" : "MultiThreaded")
        .element("DebugInformationFormat", "ProgramDatabase")
        .element("PreprocessorDefinitions", definitions)
        .element("AdditionalIncludeDirectories", includes)
        .element("AdditionalOptions", "/utf-8 %(AdditionalOptions)");
    if (configuration.win32()) {
      xml.element("CallingConvention", "StdCall");
    }
    if (!configuration.debug()) {
      xml.element("FunctionLevelLinking", "true").element("IntrinsicFunctions", "true");
    }
    xml.end();
    xml.start("Link")
        .element("SubSystem", "Windows")
        .element("GenerateDebugInformation", "true")
        .element("ModuleDefinitionFile", MsBuildText.path(files.definitionFile()))
        .element("AdditionalDependencies", "advapi32.lib;%(AdditionalDependencies)");
    if (!configuration.debug()) {
      xml.element("EnableCOMDATFolding", "true").element("OptimizeReferences", "true");
    }
    xml.end();
    xml.end();
  }

  private static void writeItems(XmlDocumentWriter xml, String itemType, List<String> paths) {
    if (paths.isEmpty()) {
      return;
    }
    xml.start("ItemGroup");
    for (String path : paths) {
      if (itemType.equals("ClCompile") && NativeSources.isPosixOnly(path)) {
        xml.start(itemType).attribute("Include", MsBuildText.path(path))
            .element("ExcludedFromBuild", "true")
            .end();
      } else {
        xml.empty(itemType).attribute("Include", MsBuildText.path(path));
      }
    }
    xml.end();
  }
}
