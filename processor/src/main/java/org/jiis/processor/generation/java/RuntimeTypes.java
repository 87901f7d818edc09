package org.jiis.processor.generation.java;

import com.palantir.javapoet.ClassName;

/**
 * The runtime and JDK types generated code refers to, by name: the processor never loads {@code
 * org.jiis} classes (it runs from its own jar on {@code -processorpath}).
 */
final class RuntimeTypes {

  static final ClassName MODULE_CONTEXT = ClassName.get("org.jiis", "ModuleContext");
  static final ClassName GLOBAL_NOTIFICATION_STATUS = ClassName.get("org.jiis", "GlobalNotificationStatus");
  static final ClassName MODULE_DISPATCHER = ClassName.get("org.jiis.internal", "ModuleDispatcher");
  static final ClassName NATIVE_ACCESS = ClassName.get("org.jiis.internal", "NativeAccess");
  static final ClassName GENERATED = ClassName.get("javax.annotation.processing", "Generated");

  private RuntimeTypes() {}
}
