package org.jiis.internal;

import org.jiis.cache.FileKey;

/** {@link FileKey} over an {@code IFileKey*}. */
final class FileKeyView extends CacheKeyView implements FileKey {

  FileKeyView(NativeAccess natives, ViewScope scope) {
    super(natives, scope);
  }

  @Override
  public String path() {
    enter();
    try {
      return natives.fileKeyGetPath(pointer);
    } finally {
      exit();
    }
  }

  @Override
  String typeName() {
    return "FileKey";
  }
}
