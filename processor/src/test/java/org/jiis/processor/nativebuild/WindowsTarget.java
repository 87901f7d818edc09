package org.jiis.processor.nativebuild;

import java.nio.file.Path;
import java.util.List;
import org.jiis.testkit.nativebuild.NativeTools;
import org.jiis.testkit.nativebuild.NativeTools.Tool;

/** The two Windows architectures IIS worker processes run as, with their mingw-w64 tools. */
enum WindowsTarget {
  X64(Tool.MINGW_X64_GXX, Tool.MINGW_X64_OBJDUMP, "x86_64-w64-mingw32-nm", "binutils-mingw-w64-x86-64",
      "RegisterModule", List.of()),
  /**
   * The {@code .def} exports {@code RegisterModule} by its undecorated name; the linker binds it
   * to the {@code __stdcall} symbol {@code _RegisterModule@12}, silently with the fixup option (as
   * the generated CMakeLists.txt links).
   */
  X86(Tool.MINGW_X86_GXX, Tool.MINGW_X86_OBJDUMP, "i686-w64-mingw32-nm", "binutils-mingw-w64-i686",
      "_RegisterModule@12", List.of("-Wl,--enable-stdcall-fixup"));

  private final Tool compiler;
  private final Tool objdump;
  private final String nm;
  private final String nmPackage;
  private final String entryPointSymbol;
  private final List<String> linkerOptions;

  WindowsTarget(Tool compiler, Tool objdump, String nm, String nmPackage, String entryPointSymbol,
      List<String> linkerOptions) {
    this.compiler = compiler;
    this.objdump = objdump;
    this.nm = nm;
    this.nmPackage = nmPackage;
    this.entryPointSymbol = entryPointSymbol;
    this.linkerOptions = linkerOptions;
  }

  Tool compiler() {
    return compiler;
  }

  Tool objdump() {
    return objdump;
  }

  Path nm() {
    return NativeTools.locate(nm, nmPackage);
  }

  /**
   * The symbol of {@code extern "C" HRESULT WINAPI RegisterModule(DWORD, void*, void*)}: on x86
   * its {@code __stdcall} decoration, which only a {@code WINAPI} function with 12 bytes of
   * arguments gets.
   */
  String entryPointSymbol() {
    return entryPointSymbol;
  }

  List<String> linkerOptions() {
    return linkerOptions;
  }
}
