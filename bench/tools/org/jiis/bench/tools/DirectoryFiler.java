package org.jiis.bench.tools;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.lang.model.element.Element;
import javax.tools.FileObject;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;

/**
 * A {@link Filer} that writes source files under a folder, so the processor's own
 * {@code ModuleWriter} can run outside javac. The native build goes to {@code jiis.nativeDir}
 * and never reaches the Filer.
 */
final class DirectoryFiler implements Filer {

  private final Path root;

  DirectoryFiler(Path root) {
    this.root = root;
  }

  @Override
  public JavaFileObject createSourceFile(CharSequence name, Element... originatingElements) {
    Path file = root.resolve(name.toString().replace('.', '/') + ".java");
    return new SimpleJavaFileObject(file.toUri(), JavaFileObject.Kind.SOURCE) {
      @Override
      public Writer openWriter() throws IOException {
        Files.createDirectories(file.getParent());
        return Files.newBufferedWriter(file, StandardCharsets.UTF_8);
      }
    };
  }

  @Override
  public JavaFileObject createClassFile(CharSequence name, Element... originatingElements) {
    throw new UnsupportedOperationException("the module writer writes no class files");
  }

  @Override
  public FileObject createResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
      CharSequence relativeName, Element... originatingElements) {
    throw new UnsupportedOperationException("the native build goes to jiis.nativeDir, not the Filer");
  }

  @Override
  public FileObject getResource(JavaFileManager.Location location, CharSequence moduleAndPackage,
      CharSequence relativeName) {
    throw new UnsupportedOperationException("the module writer reads nothing");
  }
}
