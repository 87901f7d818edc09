package org.jiis.internal;

import org.jiis.event.FileChangeProvider;

/** {@link FileChangeProvider} over an {@code IGlobalFileChangeProvider*}. */
final class FileChangeProviderView extends EventProviderView implements FileChangeProvider {

  FileChangeProviderView(NativeAccess natives, CallbackScope scope) {
    super(natives, scope);
  }

  @Override
  public String fileName() {
    enter();
    try {
      return natives.globalFileChangeProviderGetFileName(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "FileChangeProvider";
  }
}
