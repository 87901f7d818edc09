package org.jiis.processor.generation;

import com.palantir.javapoet.JavaFile;
import java.io.IOException;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.FileObject;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;
import org.jiis.processor.generation.text.FileContent;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes a module's output. Java sources go through the {@link Filer}; the native build goes
 * under {@code SOURCE_OUTPUT} at {@code jiis/<Name>/}, or under {@code <nativeDir>/<Name>/} when
 * the {@code jiis.nativeDir} option names a folder. Every file written through the Filer has the
 * module class as its only originating element (an isolating Gradle processor).
 */
public final class ModuleWriter {

  private final Filer filer;
  private final Path nativeDir;

  /** @param nativeDir the {@code jiis.nativeDir} folder, or {@code null} for {@code SOURCE_OUTPUT} */
  public ModuleWriter(Filer filer, Path nativeDir) {
    this.filer = filer;
    this.nativeDir = nativeDir;
  }

  public void write(ModuleModel model, ModuleOutput output, TypeElement moduleClass) throws IOException {
    for (JavaFile javaFile : output.javaFiles()) {
      String name = javaFile.packageName().isEmpty()
          ? javaFile.typeSpec().name()
          : javaFile.packageName() + "." + javaFile.typeSpec().name();
      JavaFileObject file = filer.createSourceFile(name, moduleClass);
      try (Writer writer = file.openWriter()) {
        javaFile.writeTo(writer);
      }
    }
    for (FileContent content : output.nativeFiles()) {
      writeNative(model.moduleName() + "/" + content.path(), content.bytes(), moduleClass);
    }
  }

  private void writeNative(String relativePath, byte[] bytes, TypeElement moduleClass) throws IOException {
    if (nativeDir != null) {
      Path target = nativeDir.resolve(relativePath);
      Files.createDirectories(target.getParent());
      Files.write(target, bytes);
      return;
    }
    FileObject file = filer.createResource(StandardLocation.SOURCE_OUTPUT, "", "jiis/" + relativePath, moduleClass);
    try (OutputStream out = file.openOutputStream()) {
      out.write(bytes);
    }
  }
}
