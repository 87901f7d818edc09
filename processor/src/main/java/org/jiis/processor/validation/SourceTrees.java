package org.jiis.processor.validation;

import com.sun.source.util.Trees;
import javax.annotation.processing.ProcessingEnvironment;
import javax.lang.model.element.Element;

/**
 * javac's syntax trees, when the compiler offers them. They are not part of the standard
 * processing API: another compiler, or a build tool that wraps javac's {@link
 * ProcessingEnvironment} (Gradle's incremental compilation does), has none. Every use degrades to
 * doing less, never to failing.
 */
public final class SourceTrees {

  private final Trees trees;

  private SourceTrees(Trees trees) {
    this.trees = trees;
  }

  public static SourceTrees of(ProcessingEnvironment environment) {
    try {
      return new SourceTrees(Trees.instance(environment));
    } catch (IllegalArgumentException | LinkageError notJavac) {
      return new SourceTrees(null);
    }
  }

  /** The trees, or null when unavailable. */
  Trees trees() {
    return trees;
  }

  boolean available() {
    return trees != null;
  }

  /** Whether {@code element} is declared in a source file of this compilation (false if unknown). */
  boolean isInSources(Element element) {
    return trees != null && trees.getPath(element) != null;
  }
}
