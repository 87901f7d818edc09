package org.jiis.internal;

import java.lang.reflect.Method;

/** Calls any view method reflectively with neutral arguments, to check it refuses a dead view. */
final class ViewMethods {

  private ViewMethods() {}

  /** Zero for primitives, {@code null} for references (a dead view must fail before reading them). */
  static Object[] neutralArguments(Method method) {
    Class<?>[] types = method.getParameterTypes();
    Object[] arguments = new Object[types.length];
    for (int i = 0; i < types.length; i++) {
      if (types[i] == boolean.class) {
        arguments[i] = false;
      } else if (types[i] == int.class) {
        arguments[i] = 0;
      } else if (types[i] == long.class) {
        arguments[i] = 0L;
      } else if (types[i].isPrimitive()) {
        throw new IllegalArgumentException("no neutral value for " + types[i] + " in " + method);
      }
    }
    return arguments;
  }
}
