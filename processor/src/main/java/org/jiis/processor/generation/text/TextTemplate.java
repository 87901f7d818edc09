package org.jiis.processor.generation.text;

import com.samskivert.mustache.Mustache;
import com.samskivert.mustache.MustacheException;
import com.samskivert.mustache.Template;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * A text template that looks like the file it produces: mustache syntax, kept as a resource under
 * {@code org/jiis/processor/templates/}.
 *
 * <p>Values are inserted verbatim (HTML escaping is off): a generator escapes each value for the
 * target language with this package's escapers ({@link CppText}, {@link CMakeText}, ...) before it
 * reaches the template. Rendering is strict: a missing or {@code null} value is an error, never an
 * empty string. The context is any object whose record components, getters, fields or map keys
 * the template names.
 *
 * <p>Templates are stored with {@code \n} line endings; the template itself is converted to the
 * requested {@link LineEnding} before values are inserted, so a value's own characters are never
 * rewritten.
 */
public final class TextTemplate {

  private static final String ROOT = "/org/jiis/processor/templates/";

  private static final Mustache.Compiler COMPILER = Mustache.compiler()
      .escapeHTML(false)
      .strictSections(true);

  private final String name;
  private final Template template;

  private TextTemplate(String name, Template template) {
    this.name = name;
    this.template = template;
  }

  /**
   * Loads and compiles {@code org/jiis/processor/templates/<name>}.
   *
   * @throws IllegalStateException if the template is not in the processor jar or does not parse
   */
  public static TextTemplate load(String name, LineEnding lineEnding) {
    return compile(name, readResource(name), lineEnding);
  }

  /** Compiles {@code source} (for templates that are not resources, and for tests). */
  public static TextTemplate compile(String name, String source, LineEnding lineEnding) {
    try {
      return new TextTemplate(name, COMPILER.compile(lineEnding.apply(source)));
    } catch (MustacheException e) {
      throw new IllegalStateException("template " + name + " does not parse: " + e.getMessage(), e);
    }
  }

  /**
   * Renders the template with {@code context}.
   *
   * @throws IllegalArgumentException if the template names a value the context lacks or holds as
   *     {@code null}
   */
  public String render(Object context) {
    try {
      return template.execute(context);
    } catch (MustacheException e) {
      throw new IllegalArgumentException(
          "template " + name + " cannot be rendered: " + e.getMessage(), e);
    }
  }

  private static String readResource(String name) {
    try (InputStream in = TextTemplate.class.getResourceAsStream(ROOT + name)) {
      if (in == null) {
        throw new IllegalStateException(
            "template " + ROOT + name + " is missing from the processor jar; rebuild the processor");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read template " + ROOT + name, e);
    }
  }
}
