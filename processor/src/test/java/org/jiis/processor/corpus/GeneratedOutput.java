package org.jiis.processor.corpus;

import java.util.ArrayList;
import java.util.List;

/**
 * The files of a complete module, by their path under {@code SOURCE_OUTPUT}: the dispatcher and
 * natives class in the module class's package, and the native build under {@code jiis/<Name>/}.
 */
final class GeneratedOutput {

  private GeneratedOutput() {}

  /** The files a complete module named {@code module}, declared in {@code packageName}, has at least. */
  static List<String> expectedFilesOf(String module, String packageName) {
    String javaFolder = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
    String nativeFolder = nativeFolderOf(module);
    List<String> files = new ArrayList<>(List.of(
        javaFolder + module + "Dispatcher.java",
        javaFolder + module + "Natives.java"));
    for (String file : List.of(module + "Module.cpp", module + "Jni.cpp", module + ".def", module + ".vcxproj",
        module + ".sln", "CMakeLists.txt", module + ".jiis.properties", "install-" + module + ".ps1",
        "runtime/include/jiis/runtime.h")) {
      files.add(nativeFolder + file);
    }
    return files;
  }

  /** The folder of a module's native build under {@code SOURCE_OUTPUT}. */
  static String nativeFolderOf(String module) {
    return "jiis/" + module + "/";
  }
}
