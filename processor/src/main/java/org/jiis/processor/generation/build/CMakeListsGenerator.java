package org.jiis.processor.generation.build;

import java.util.List;
import org.jiis.processor.generation.text.CMakeText;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.generation.text.LineEnding;
import org.jiis.processor.generation.text.TextEncoding;
import org.jiis.processor.generation.text.TextTemplate;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes {@code CMakeLists.txt}, building the same sources as the Visual Studio project into a
 * shared library named after the module ({@code <Name>.dll}, {@code <Name>.so}: no {@code lib}
 * prefix): on Linux against jiis's test-double IIS headers and Windows shim, on Windows with MSVC
 * or MinGW and the {@code .def} file. C++17 without extensions, hidden visibility, warnings as
 * errors (an option). UTF-8 with LF line endings.
 */
public final class CMakeListsGenerator {

  private final TextTemplate template = TextTemplate.load("build/CMakeLists.txt.mustache", LineEnding.LF);

  public FileContent generate(ModuleModel model, NativeSources sources) {
    ModuleFiles files = ModuleFiles.of(model);
    String text = template.render(new Values(
        CMakeText.quoted(model.moduleName()),
        quoted(sources.portableSources()),
        quoted(sources.windowsSources()),
        quoted(sources.posixSources()),
        quoted(sources.headers()),
        CMakeText.quoted(files.definitionFile()),
        CMakeText.quoted(ModuleFiles.RUNTIME_INCLUDE_DIRECTORY)));
    return new FileContent(files.cmakeLists(), TextEncoding.UTF_8.encode(text));
  }

  private static List<String> quoted(List<String> values) {
    return values.stream().map(CMakeText::quoted).toList();
  }

  private record Values(
      String moduleName,
      List<String> portableSources,
      List<String> windowsSources,
      List<String> posixSources,
      List<String> headers,
      String definitionFile,
      String runtimeIncludeDir) {}
}
