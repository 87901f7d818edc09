package org.jiis.processor.corpus;

import com.google.testing.compile.JavaFileObjects;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.jiis.processor.validation.DiagnosticId;

/**
 * One case of the corpus: a folder under {@code src/test/resources/corpus/} holding the Java
 * sources of one compilation, with the diagnostics it must report written as markers in those
 * sources (see the corpus README).
 */
final class CorpusCase {

  /** The classpath folder that holds one folder per case. */
  static final String ROOT = "corpus";

  /** {@code // expect module generated: Name}: a valid module of the case, generated in full. */
  private static final Pattern GENERATED = Pattern.compile("^\\s*// expect module generated: (\\w+)$");

  private static final Pattern PACKAGE = Pattern.compile("(?m)^package ([\\p{L}\\p{N}_$.]+);");

  private static final Set<String> SOURCES = Stream.concat(
      Arrays.stream(DiagnosticId.values()).map(DiagnosticId::id), Stream.of(Expectation.JAVAC))
      .collect(Collectors.toSet());

  /** A source file of the case. */
  record SourceFile(String path, String packageName, JavaFileObject file) {}

  /** A module the case expects to be generated, and the package its class is in. */
  record GeneratedModule(String name, String packageName) {}

  private final String name;
  private final List<SourceFile> files;
  private final List<Expectation> expectations;
  private final List<GeneratedModule> generatedModules;

  private CorpusCase(
      String name, List<SourceFile> files, List<Expectation> expectations, List<GeneratedModule> generatedModules) {
    this.name = name;
    this.files = List.copyOf(files);
    this.expectations = List.copyOf(expectations);
    this.generatedModules = List.copyOf(generatedModules);
  }

  /** Every case folder, sorted by name. */
  static List<CorpusCase> all() {
    Path root = rootFolder();
    try (Stream<Path> folders = Files.list(root)) {
      return folders.filter(Files::isDirectory).sorted().map(CorpusCase::load).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Path rootFolder() {
    URL url = CorpusCase.class.getClassLoader().getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("no " + ROOT + " folder on the test class path");
    }
    try {
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  private static CorpusCase load(Path folder) {
    List<SourceFile> files = new ArrayList<>();
    List<Expectation> expectations = new ArrayList<>();
    List<GeneratedModule> generated = new ArrayList<>();
    try (Stream<Path> paths = Files.walk(folder)) {
      for (Path path : paths.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
        String relative = folder.relativize(path).toString().replace('\\', '/');
        String text = Files.readString(path, StandardCharsets.UTF_8);
        if (text.indexOf('\t') >= 0) {
          throw new IllegalArgumentException(relative + " holds a tab; javac counts tab columns differently");
        }
        String packageName = packageOf(text);
        String simpleName = path.getFileName().toString().replaceFirst("\\.java$", "");
        String binaryName = packageName.isEmpty() ? simpleName : packageName + "." + simpleName;
        files.add(new SourceFile(relative, packageName, JavaFileObjects.forSourceString(binaryName, text)));
        readMarkers(relative, packageName, text, expectations, generated);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException("corpus case " + folder.getFileName() + " has no .java file");
    }
    return new CorpusCase(folder.getFileName().toString(), files, expectations, generated);
  }

  private static String packageOf(String text) {
    Matcher matcher = PACKAGE.matcher(text);
    return matcher.find() ? matcher.group(1) : "";
  }

  /** Reads the markers of one file; each refers to the nearest line above it that is not a marker. */
  private static void readMarkers(
      String file, String packageName, String text, List<Expectation> expectations, List<GeneratedModule> generated) {
    List<String> lines = text.lines().toList();
    long target = 0;
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      Matcher module = GENERATED.matcher(line);
      if (module.matches()) {
        generated.add(new GeneratedModule(module.group(1), packageName));
      } else if (Expectation.isMarker(line)) {
        if (target == 0) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": a marker needs a line of code above it");
        }
        Expectation expectation = Expectation.parse(file, target, line);
        if (!SOURCES.contains(expectation.source())) {
          throw new IllegalArgumentException(file + ":" + (i + 1) + ": unknown diagnostic id " + expectation.source());
        }
        expectations.add(expectation);
      } else {
        target = i + 1;
      }
    }
  }

  String name() {
    return name;
  }

  List<SourceFile> files() {
    return files;
  }

  List<JavaFileObject> javaFileObjects() {
    return files.stream().map(SourceFile::file).toList();
  }

  /** The case-relative path of {@code file}, one of this case's sources. */
  String pathOf(JavaFileObject file) {
    for (SourceFile source : files) {
      if (source.file().toUri().equals(file.toUri())) {
        return source.path();
      }
    }
    return file.toUri().toString();
  }

  List<Expectation> expectations() {
    return expectations;
  }

  List<GeneratedModule> generatedModules() {
    return generatedModules;
  }

  @Override
  public String toString() {
    return name;
  }
}
