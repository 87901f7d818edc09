package org.jiis.processor.nativebuild;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Tool;

/**
 * The command lines that build a generated module's sources, one per toolchain. Every one is
 * C++17 with all warnings as errors and Unicode Win32 names. Only third-party headers (the JDK's
 * {@code jni.h}, mingw's) are system headers; the generated code, the runtime and jiis's
 * test-double headers get no warning exemption.
 */
final class Toolchains {

  static final List<String> STRICT_CXX17 =
      List.of("-std=c++17", "-Wall", "-Wextra", "-Werror", "-DUNICODE", "-D_UNICODE");

  private Toolchains() {}

  /** g++ on Linux: a hidden-visibility shared object from the Linux sources, as CMake builds it. */
  static List<String> linuxSharedObject(GeneratedModule module, Path library) {
    List<String> command = new ArrayList<>();
    command.add(Tool.GXX.path().toString());
    command.addAll(STRICT_CXX17);
    command.addAll(List.of("-fvisibility=hidden", "-fPIC", "-shared"));
    command.add("-I" + module.runtimeInclude());
    command.add("-I" + RepositoryPaths.iisHeaders());
    command.add("-I" + RepositoryPaths.winshim());
    command.addAll(List.of("-isystem", RepositoryPaths.jdkInclude().toString()));
    command.addAll(List.of("-isystem", RepositoryPaths.jdkLinuxInclude().toString()));
    module.linuxSources().forEach(source -> command.add(source.toString()));
    command.addAll(List.of("-o", library.toString(), "-ldl", "-lpthread"));
    return command;
  }

  /**
   * mingw-w64 g++: a DLL from the Windows sources and the generated {@code .def}, linked statically
   * so that it needs no MinGW DLL inside the worker process.
   */
  static List<String> mingwDll(WindowsTarget target, GeneratedModule module, Path dll) {
    List<String> command = new ArrayList<>();
    command.add(target.compiler().path().toString());
    command.addAll(STRICT_CXX17);
    command.addAll(windowsIncludes(module));
    command.addAll(List.of("-shared", "-static"));
    module.windowsSources().forEach(source -> command.add(source.toString()));
    command.add(module.definitionFile().toString());
    command.addAll(List.of("-o", dll.toString(), "-ladvapi32"));
    command.addAll(target.linkerOptions());
    return command;
  }

  /**
   * clang for 32-bit Windows with {@code -mrtd}, which makes {@code __stdcall} the default like
   * MSVC's {@code /Gz} (what the Win32 Visual Studio configurations use): a function the C library
   * or the OS calls back must then say {@code __cdecl} or {@code WINAPI} itself, or it does not
   * compile. Checks syntax and types only.
   */
  static List<String> stdcallByDefaultSyntaxCheck(List<String> includeOptions, List<Path> sources) {
    List<String> command = new ArrayList<>();
    command.add(Tool.CLANGXX.path().toString());
    command.addAll(List.of("--target=i686-w64-windows-gnu", "-mrtd", "-fsyntax-only"));
    command.addAll(STRICT_CXX17);
    // Debian's clang does not find mingw's C++ headers (<new>) for this target by itself.
    for (Path directory : NativeTools.mingwCxxIncludeDirs(Tool.MINGW_X86_GXX)) {
      command.addAll(List.of("-stdlib++-isystem", directory.toString()));
    }
    command.addAll(includeOptions);
    sources.forEach(source -> command.add(source.toString()));
    return command;
  }

  /** The include options of a Windows build of {@code module}: its runtime and the IIS headers. */
  static List<String> windowsIncludes(GeneratedModule module) {
    return List.of(
        "-I" + module.runtimeInclude(),
        "-I" + RepositoryPaths.iisHeaders(),
        // jni.h includes "jni_md.h": the Windows one, found here before any Linux one.
        "-isystem", RepositoryPaths.jniWindowsPlatform().toString(),
        "-isystem", RepositoryPaths.jdkInclude().toString());
  }
}
