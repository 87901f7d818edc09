package org.jiis.testkit.fakes;

import org.jiis.event.FileChangeProvider;

/** A fake {@link FileChangeProvider}: what a {@code FileChangeListener} receives. */
public final class FakeFileChangeProvider extends FakeEventProvider implements FileChangeProvider {

  private final String fileName;

  private FakeFileChangeProvider(String fileName) {
    this.fileName = fileName;
  }

  /**
   * A provider usable on the current thread until {@link #endCallback()}.
   *
   * @param fileName {@code GetFileName}: the changed file's physical path; may be null
   */
  public static FakeFileChangeProvider of(String fileName) {
    return new FakeFileChangeProvider(fileName);
  }

  @Override
  public String fileName() {
    check();
    return fileName;
  }

  @Override
  String typeName() {
    return "FileChangeProvider";
  }
}
