package org.jiis.internal;

/**
 * Thrown by {@link NativeModule#start} when the module's Java side cannot be created. The message
 * names the module, what failed and what to fix; the cause, if any, is what the module's own code
 * or the class loader threw. The native runtime logs it and applies the startup-failure policy.
 */
public final class ModuleStartException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ModuleStartException(String message, Throwable cause) {
    super(message, cause);
  }
}
