package org.jiis.internal;

import org.jiis.event.Application;

/** {@link Application} over an {@code IHttpApplication*}; valid as long as the provider it came from. */
final class ApplicationView extends NativeView implements Application {

  ApplicationView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  /** This view bound to {@code application}, or {@code null} when it is 0. */
  ApplicationView bindOrNull(long application) {
    if (application == 0) {
      return null;
    }
    bind(application);
    return this;
  }

  @Override
  public String physicalPath() {
    enter();
    try {
      return natives.httpApplicationGetApplicationPhysicalPath(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public String applicationId() {
    enter();
    try {
      return natives.httpApplicationGetApplicationId(pointer);
    } finally {
      exit();
    }
  }

  @Override
  public String configPath() {
    enter();
    try {
      return natives.httpApplicationGetAppConfigPath(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "Application";
  }
}
