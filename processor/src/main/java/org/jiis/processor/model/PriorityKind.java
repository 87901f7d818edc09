package org.jiis.processor.model;

/** Mirrors {@code org.jiis.Priority}: the {@code PRIORITY_ALIAS_*} constants. */
public enum PriorityKind {
  FIRST, HIGH, MEDIUM, LOW, LAST;

  /** The {@code httpserv.h} constant, for example {@code PRIORITY_ALIAS_FIRST}. */
  public String constantName() {
    return "PRIORITY_ALIAS_" + name();
  }
}
