package org.jiis.testkit.nativebuild;

/**
 * A generated module could not be built: a tool is missing, CMake failed, or the folder is no
 * generated module. The message says what happened and what to do.
 */
public class ModuleBuildException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public ModuleBuildException(String message) {
    super(message);
  }

  public ModuleBuildException(String message, Throwable cause) {
    super(message, cause);
  }
}
