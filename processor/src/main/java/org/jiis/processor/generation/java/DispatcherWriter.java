package org.jiis.processor.generation.java;

import java.io.IOException;
import java.io.Writer;
import javax.annotation.processing.Filer;
import javax.lang.model.element.TypeElement;
import javax.tools.JavaFileObject;
import org.jiis.processor.model.ModuleModel;

/**
 * Writes a module's dispatcher through the {@link Filer}, with the module class as its only
 * originating element (the processor is an isolating Gradle processor).
 */
public final class DispatcherWriter {

  private final Filer filer;

  public DispatcherWriter(Filer filer) {
    this.filer = filer;
  }

  public void write(ModuleModel model, TypeElement moduleClass) throws IOException {
    JavaFileObject file = filer.createSourceFile(model.dispatcherBinaryName(), moduleClass);
    try (Writer writer = file.openWriter()) {
      DispatcherSource.of(model).writeTo(writer);
    }
  }
}
