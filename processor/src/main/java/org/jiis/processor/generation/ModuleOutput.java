package org.jiis.processor.generation;

import com.palantir.javapoet.JavaFile;
import java.util.List;
import org.jiis.processor.generation.text.FileContent;

/**
 * Everything generated for one module, complete in memory before any of it is written, so a
 * failure while generating leaves no half-written module behind.
 *
 * @param javaFiles the dispatcher and the natives class
 * @param nativeFiles the native build (sources, runtime copy, build files), by path relative to
 *     the module's native folder
 */
public record ModuleOutput(List<JavaFile> javaFiles, List<FileContent> nativeFiles) {

  public ModuleOutput {
    javaFiles = List.copyOf(javaFiles);
    nativeFiles = List.copyOf(nativeFiles);
  }
}
