package org.jiis.processor.generation.build;

import java.util.List;
import org.jiis.processor.model.ModuleModel;

/**
 * The names of the files generated for one module, relative to the module's output folder
 * ({@code jiis/<Name>/}): the one place that decides them, so that every build file and generator
 * agrees.
 *
 * @param moduleName the module name, {@link ModuleModel#moduleName()}
 */
public record ModuleFiles(String moduleName) {

  /** The folder, relative to the module's output folder, that holds the copied native runtime. */
  public static final String RUNTIME_DIRECTORY = "runtime";

  /** The runtime's include folder, relative to the module's output folder. */
  public static final String RUNTIME_INCLUDE_DIRECTORY = RUNTIME_DIRECTORY + "/include";

  public static ModuleFiles of(ModuleModel model) {
    return new ModuleFiles(model.moduleName());
  }

  /** {@code <Name>Module.cpp}: the {@code CGlobalModule} subclass and {@code RegisterModule}. */
  public String moduleSource() {
    return moduleName + "Module.cpp";
  }

  /** {@code <Name>Jni.cpp}: the native methods behind the module's Java adapters. */
  public String jniSource() {
    return moduleName + "Jni.cpp";
  }

  /** The generated C++ sources, in build order. */
  public List<String> generatedSources() {
    return List.of(moduleSource(), jniSource());
  }

  /** {@code <Name>.def}: exports {@code RegisterModule} undecorated. */
  public String definitionFile() {
    return moduleName + ".def";
  }

  /** {@code <Name>.vcxproj}. */
  public String project() {
    return moduleName + ".vcxproj";
  }

  /** {@code <Name>.sln}. */
  public String solution() {
    return moduleName + ".sln";
  }

  /** {@code CMakeLists.txt}. */
  public String cmakeLists() {
    return "CMakeLists.txt";
  }

  /** {@code <Name>.jiis.properties}: the settings the runtime reads beside the library. */
  public String settings() {
    return moduleName + ".jiis.properties";
  }

  /** {@code install-<Name>.ps1}: registers the module with IIS, or removes it. */
  public String installScript() {
    return "install-" + moduleName + ".ps1";
  }

  /** {@code <Name>.dll}: the library the builds produce on Windows. */
  public String windowsLibrary() {
    return moduleName + ".dll";
  }
}
