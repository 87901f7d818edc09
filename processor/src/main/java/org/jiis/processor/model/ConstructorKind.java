package org.jiis.processor.model;

/** How the generated dispatcher creates the user's module. */
public enum ConstructorKind {
  /** {@code new Module()} */
  NO_ARGS,
  /** {@code new Module(ModuleContext)} */
  MODULE_CONTEXT
}
