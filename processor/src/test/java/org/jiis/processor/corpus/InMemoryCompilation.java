package org.jiis.processor.corpus;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Processor;
import javax.tools.Diagnostic;
import javax.tools.DiagnosticCollector;
import javax.tools.FileObject;
import javax.tools.ForwardingJavaFileManager;
import javax.tools.JavaCompiler;
import javax.tools.JavaFileManager;
import javax.tools.JavaFileObject;
import javax.tools.SimpleJavaFileObject;
import javax.tools.StandardJavaFileManager;
import javax.tools.StandardLocation;
import javax.tools.ToolProvider;

/**
 * A javac run whose outputs stay in memory and stay visible when the compilation fails, unlike
 * compile-testing's (which hides generated files once there is an error): the corpus must show that
 * an invalid module wrote nothing, beside a valid one that wrote everything.
 */
public final class InMemoryCompilation {

  /**
   * What javac reported and wrote.
   *
   * @param success whether javac reported no error
   * @param diagnostics every diagnostic, in the order reported
   * @param outputs every file written, by location and path: {@code SOURCE_OUTPUT/p/ADispatcher.java},
   *     {@code SOURCE_OUTPUT/jiis/A/AModule.cpp}, {@code CLASS_OUTPUT/p/A.class}
   */
  public record Result(boolean success, List<Diagnostic<? extends JavaFileObject>> diagnostics,
      Map<String, byte[]> outputs) {

    /** Every diagnostic that is not a note, one line each: kind, file, line, column, message. */
    public List<String> errorsAndWarnings() {
      return diagnostics.stream()
          .filter(d -> d.getKind() != Diagnostic.Kind.NOTE)
          .map(d -> d.getKind() + " " + (d.getSource() == null ? "-" : d.getSource().getName()) + ":"
              + d.getLineNumber() + ":" + d.getColumnNumber() + " " + d.getMessage(null))
          .toList();
    }

    /** The outputs under {@code SOURCE_OUTPUT/}, by their path below it. */
    public Map<String, byte[]> sourceOutputs() {
      Map<String, byte[]> files = new TreeMap<>();
      outputs.forEach((path, bytes) -> {
        if (path.startsWith(SOURCE_OUTPUT)) {
          files.put(path.substring(SOURCE_OUTPUT.length()), bytes);
        }
      });
      return files;
    }
  }

  public static final String SOURCE_OUTPUT = StandardLocation.SOURCE_OUTPUT.getName() + "/";

  private InMemoryCompilation() {}

  /** Compiles {@code sources} with {@code processor} and the test class path (which holds jiis-runtime). */
  public static Result compile(List<JavaFileObject> sources, Processor processor, List<String> options) {
    JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
    DiagnosticCollector<JavaFileObject> diagnostics = new DiagnosticCollector<>();
    StandardJavaFileManager standard = javac.getStandardFileManager(diagnostics, null, StandardCharsets.UTF_8);
    RecordingFileManager files = new RecordingFileManager(standard);
    List<String> arguments = new ArrayList<>(options);
    arguments.addAll(List.of("-classpath", System.getProperty("java.class.path")));
    JavaCompiler.CompilationTask task = javac.getTask(null, files, diagnostics, arguments, null, sources);
    task.setProcessors(List.of(processor));
    boolean success = task.call();
    Map<String, byte[]> outputs = new TreeMap<>();
    files.written.forEach((path, file) -> outputs.put(path, file.bytes()));
    return new Result(success, diagnostics.getDiagnostics(), outputs);
  }

  /** Keeps every output in memory, by {@code LOCATION/relative/path}. */
  private static final class RecordingFileManager extends ForwardingJavaFileManager<JavaFileManager> {

    final Map<String, MemoryFile> written = new TreeMap<>();

    RecordingFileManager(JavaFileManager delegate) {
      super(delegate);
    }

    @Override
    public JavaFileObject getJavaFileForOutput(
        Location location, String className, JavaFileObject.Kind kind, FileObject sibling) {
      return record(location, className.replace('.', '/') + kind.extension, kind);
    }

    @Override
    public FileObject getFileForOutput(Location location, String packageName, String relativeName, FileObject sibling) {
      String folder = packageName.isEmpty() ? "" : packageName.replace('.', '/') + "/";
      return record(location, folder + relativeName, JavaFileObject.Kind.OTHER);
    }

    @Override
    public boolean isSameFile(FileObject a, FileObject b) {
      return a.toUri().equals(b.toUri());
    }

    private MemoryFile record(Location location, String relativePath, JavaFileObject.Kind kind) {
      String path = location.getName() + "/" + relativePath;
      MemoryFile file = new MemoryFile(URI.create("mem:///" + path), kind);
      written.put(path, file);
      return file;
    }
  }

  /** A written file whose bytes javac can read back (generated sources are compiled next round). */
  private static final class MemoryFile extends SimpleJavaFileObject {

    private ByteArrayOutputStream content = new ByteArrayOutputStream();

    MemoryFile(URI uri, Kind kind) {
      super(uri, kind);
    }

    @Override
    public OutputStream openOutputStream() {
      content = new ByteArrayOutputStream();
      return content;
    }

    @Override
    public Writer openWriter() {
      return new OutputStreamWriter(openOutputStream(), StandardCharsets.UTF_8);
    }

    @Override
    public InputStream openInputStream() {
      return new ByteArrayInputStream(bytes());
    }

    @Override
    public CharSequence getCharContent(boolean ignoreEncodingErrors) {
      return new String(bytes(), StandardCharsets.UTF_8);
    }

    byte[] bytes() {
      return content.toByteArray();
    }
  }
}
