package org.jiis;

/** The {@code PRIORITY_ALIAS_*} strings passed to {@code SetPriorityForGlobalNotification}. */
public enum Priority {
  FIRST,
  HIGH,
  MEDIUM,
  LOW,
  LAST;

  /** The alias string IIS expects, for example {@code "FIRST"}. */
  public String alias() {
    return name();
  }

  /** The {@code httpserv.h} constant name, for example {@code "PRIORITY_ALIAS_FIRST"}. */
  public String constantName() {
    return "PRIORITY_ALIAS_" + name();
  }
}
