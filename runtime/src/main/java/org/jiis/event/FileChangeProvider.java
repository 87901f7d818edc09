package org.jiis.event;

/** A view of {@code IGlobalFileChangeProvider}. */
public interface FileChangeProvider extends EventProvider {

  /** {@code GetFileName}: the physical path of the file that changed. */
  String fileName();
}
