package org.jiis.processor.generation.build;

import java.util.Locale;
import java.util.UUID;

/**
 * The GUIDs in a module's {@code .vcxproj} and {@code .sln}: fixed per module name, so that
 * regenerating never changes them, and different for different modules.
 */
final class VisualStudioIds {

  /** The project type GUID Visual Studio gives C++ projects ({@code .vcxproj}) in solutions. */
  static final String CPP_PROJECT_TYPE = "{8BC9CEB8-8B4A-11D0-8D11-00A0C91BC942}";

  /** jiis's own namespace for name-based UUIDs (a random UUID, fixed once). */
  private static final UUID NAMESPACE = UUID.fromString("2d392e7c-0bec-4d8f-b801-c14f8b8e7d6f");

  private VisualStudioIds() {}

  /** The project's {@code ProjectGuid}. */
  static String projectGuid(String moduleName) {
    return braced(NameBasedUuid.v5(NAMESPACE, "vcxproj/" + moduleName));
  }

  /** The solution's {@code SolutionGuid}. */
  static String solutionGuid(String moduleName) {
    return braced(NameBasedUuid.v5(NAMESPACE, "sln/" + moduleName));
  }

  /** Visual Studio's spelling: upper case, in braces. */
  private static String braced(UUID uuid) {
    return "{" + uuid.toString().toUpperCase(Locale.ROOT) + "}";
  }
}
