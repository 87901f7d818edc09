package org.jiis.processor.generation.build;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.jiis.processor.generation.text.FileContent;

/**
 * The jiis native runtime as packaged in the processor jar: the headers ({@code .h}) of
 * {@code runtime/src/main/native/include} and the headers and sources ({@code .cpp}) of
 * {@code .../src}, under {@value #ROOT}, listed (sorted, one relative path per line) in
 * {@value #INDEX}, which the build writes from the files themselves; and the settings template.
 * The processor copies the sources beside each module's generated files.
 */
public final class RuntimeSources {

  static final String ROOT = "META-INF/jiis/native/";
  static final String INDEX = "META-INF/jiis/native.index";
  static final String SETTINGS_TEMPLATE = ROOT + "template.jiis.properties";

  private final ClassLoader loader;
  private final List<FileContent> files;

  private RuntimeSources(ClassLoader loader, List<FileContent> files) {
    this.loader = loader;
    this.files = List.copyOf(files);
  }

  /**
   * The runtime in the jar this class was loaded from.
   *
   * @throws IllegalStateException if the index or a file it lists is missing
   */
  public static RuntimeSources fromProcessorJar() {
    return load(RuntimeSources.class.getClassLoader());
  }

  static RuntimeSources load(ClassLoader loader) {
    List<FileContent> files = new ArrayList<>();
    for (String path : readIndex(loader)) {
      files.add(new FileContent(path, read(loader, ROOT + path)));
    }
    return new RuntimeSources(loader, files);
  }

  /** The runtime's files, with paths relative to the runtime's root ({@code include/jiis/...}). */
  public List<FileContent> files() {
    return files;
  }

  /** The paths of {@link #files()}, in index order. */
  public List<String> paths() {
    return files.stream().map(FileContent::path).toList();
  }

  /**
   * The settings template's bytes.
   *
   * @throws IllegalStateException if the jar holds no settings template
   */
  public byte[] settingsTemplate() {
    return read(loader, SETTINGS_TEMPLATE);
  }

  private static List<String> readIndex(ClassLoader loader) {
    List<String> paths = new ArrayList<>();
    try (InputStream in = open(loader, INDEX);
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = lines.readLine(); line != null; line = lines.readLine()) {
        if (line.isBlank()) {
          continue;
        }
        if (line.startsWith("/") || line.contains("\\") || line.contains("..")) {
          throw new IllegalStateException(INDEX + " lists \"" + line
              + "\", which is not a plain relative path; rebuild the processor");
        }
        paths.add(line);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + INDEX, e);
    }
    return paths;
  }

  private static byte[] read(ClassLoader loader, String name) {
    try (InputStream in = open(loader, name)) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the processor jar", e);
    }
  }

  private static InputStream open(ClassLoader loader, String name) {
    InputStream in = loader.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(name + " is missing from the processor jar, which packages "
          + "the native runtime (runtime/src/main/native); rebuild the processor");
    }
    return in;
  }
}
