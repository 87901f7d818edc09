package org.jiis.processor.nativebuild;

import java.util.List;
import org.jiis.testkit.nativebuild.NativeTools.Tool;

/** The two Windows architectures IIS worker processes run as, with their mingw-w64 tools. */
enum WindowsTarget {
  X64(Tool.MINGW_X64_GXX, Tool.MINGW_X64_OBJDUMP, List.of()),
  /**
   * The {@code .def} exports {@code RegisterModule} by its undecorated name; the linker binds it
   * to the {@code __stdcall} symbol {@code _RegisterModule@12}, silently with the fixup option (as
   * the generated CMakeLists.txt links).
   */
  X86(Tool.MINGW_X86_GXX, Tool.MINGW_X86_OBJDUMP, List.of("-Wl,--enable-stdcall-fixup"));

  private final Tool compiler;
  private final Tool objdump;
  private final List<String> linkerOptions;

  WindowsTarget(Tool compiler, Tool objdump, List<String> linkerOptions) {
    this.compiler = compiler;
    this.objdump = objdump;
    this.linkerOptions = linkerOptions;
  }

  Tool compiler() {
    return compiler;
  }

  Tool objdump() {
    return objdump;
  }

  List<String> linkerOptions() {
    return linkerOptions;
  }
}
