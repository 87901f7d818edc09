package org.jiis.processor.generation.build;

import java.util.ArrayList;
import java.util.List;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.model.ModuleModel;

/**
 * Every file of a module's native build except the generated C++ logic: the runtime's files copied
 * under {@value ModuleFiles#RUNTIME_DIRECTORY}/, the {@code .def} file, the Visual Studio project and
 * solution, {@code CMakeLists.txt}, the settings file and the install script. Paths are relative to
 * the module's output folder.
 */
public final class BuildFiles {

  private final RuntimeSources runtime;
  private final DefinitionFileGenerator definitionFile = new DefinitionFileGenerator();
  private final VcxprojGenerator project = new VcxprojGenerator();
  private final SolutionGenerator solution = new SolutionGenerator();
  private final CMakeListsGenerator cmakeLists = new CMakeListsGenerator();
  private final SettingsFileGenerator settings;
  private final InstallScriptGenerator installScript = new InstallScriptGenerator();

  public BuildFiles(RuntimeSources runtime) {
    this.runtime = runtime;
    this.settings = new SettingsFileGenerator(runtime.settingsTemplate());
  }

  public List<FileContent> generate(ModuleModel model) {
    NativeSources sources = NativeSources.of(ModuleFiles.of(model), runtime.paths());
    List<FileContent> files = new ArrayList<>();
    for (FileContent file : runtime.files()) {
      files.add(new FileContent(ModuleFiles.RUNTIME_DIRECTORY + "/" + file.path(), file.bytes()));
    }
    files.add(definitionFile.generate(model));
    files.add(project.generate(model, sources));
    files.add(solution.generate(model));
    files.add(cmakeLists.generate(model, sources));
    files.add(settings.generate(model));
    files.add(installScript.generate(model));
    return files;
  }
}
