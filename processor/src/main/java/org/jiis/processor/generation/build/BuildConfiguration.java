package org.jiis.processor.generation.build;

/**
 * The four Visual Studio configurations of a module: Debug and Release for 32-bit (Win32) and
 * 64-bit (x64) worker processes, in the order Visual Studio lists them in a project.
 */
enum BuildConfiguration {
  DEBUG_WIN32("Debug", "Win32"),
  RELEASE_WIN32("Release", "Win32"),
  DEBUG_X64("Debug", "x64"),
  RELEASE_X64("Release", "x64");

  private final String configuration;
  private final String platform;

  BuildConfiguration(String configuration, String platform) {
    this.configuration = configuration;
    this.platform = platform;
  }

  String configuration() {
    return configuration;
  }

  String platform() {
    return platform;
  }

  boolean debug() {
    return configuration.equals("Debug");
  }

  boolean win32() {
    return platform.equals("Win32");
  }

  /** The project's name for it, for example {@code Debug|Win32}. */
  String projectName() {
    return configuration + "|" + platform;
  }

  /** The solution's name for it: solutions call the Win32 platform {@code x86}. */
  String solutionName() {
    return configuration + "|" + (win32() ? "x86" : platform);
  }

  /** The MSBuild condition that selects it. */
  String condition() {
    return "'$(Configuration)|$(Platform)'=='" + projectName() + "'";
  }
}
