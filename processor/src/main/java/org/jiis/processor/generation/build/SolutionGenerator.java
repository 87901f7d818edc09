package org.jiis.processor.generation.build;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.generation.text.LineEnding;
import org.jiis.processor.generation.text.SolutionText;
import org.jiis.processor.generation.text.TextEncoding;
import org.jiis.processor.generation.text.TextTemplate;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes {@code <Name>.sln}: a Visual Studio 2022 solution holding the module's project in its four
 * configurations (solutions call the Win32 platform x86). UTF-8 with a byte order mark and CRLF
 * line endings, as Visual Studio writes it.
 */
public final class SolutionGenerator {

  private final TextTemplate template = TextTemplate.load("build/module.sln.mustache", LineEnding.CRLF);

  public FileContent generate(ModuleModel model) {
    ModuleFiles files = ModuleFiles.of(model);
    List<Configuration> configurations = Arrays.stream(BuildConfiguration.values())
        .map(configuration -> new Configuration(configuration.solutionName(), configuration.projectName()))
        .sorted(Comparator.comparing(Configuration::solution))
        .toList();
    String text = template.render(new Values(
        VisualStudioIds.CPP_PROJECT_TYPE,
        SolutionText.quoted(model.moduleName()),
        SolutionText.quoted(files.project()),
        VisualStudioIds.projectGuid(model.moduleName()),
        VisualStudioIds.solutionGuid(model.moduleName()),
        configurations));
    return new FileContent(files.solution(), TextEncoding.UTF_8_WITH_BOM.encode(text));
  }

  private record Values(
      String projectType,
      String projectName,
      String projectFile,
      String projectGuid,
      String solutionGuid,
      List<Configuration> configurations) {}

  /** A solution configuration and the project configuration it builds. */
  private record Configuration(String solution, String project) {}
}
